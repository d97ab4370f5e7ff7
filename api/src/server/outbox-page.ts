import type { Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { readOutbox } from '../platform/mail/mailer';
import { STAFF_ROLES } from '../platform/permissions/role';
import { sessionService } from '../modules/identity';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The local outbox (no SMTP configured): what Handoff would have emailed, newest first.
 * Messages can carry invitation links and visit times, so only signed-in staff may look.
 */
export function outboxPage(orm: MikroORM, outboxDir: string, sessionToken: (req: Request) => string | undefined) {
  return async (req: Request, res: Response) => {
    const token = sessionToken(req);
    const viewer = token ? await sessionService.resolve(orm.em.fork(), token) : null;
    if (!viewer?.roles.some((role) => STAFF_ROLES.includes(role))) {
      res.status(404).type('text').send('Not found');
      return;
    }
    const messages = await readOutbox(outboxDir);
    const items = messages
      .map(
        (m) => `<article><header><b>${escape(m.subject)}</b><br>To ${escape(m.to)} · ${escape(m.sentAt)}</header>
        <pre>${escape(m.text)}</pre></article>`,
      )
      .join('\n');
    res.set('Cache-Control', 'no-store');
    res.type('html').send(`<!doctype html><meta charset="utf-8"><title>Outbox · Handoff</title>
      <style>body{font:14px system-ui;margin:24px;max-width:900px}article{border:1px solid #ddd;border-radius:6px;margin:12px 0;padding:12px}pre{white-space:pre-wrap;font:13px ui-monospace,monospace}</style>
      <h1>Local outbox</h1><p>No SMTP server is configured (set SMTP_URL), so email lands here.</p>
      ${items || '<p>No messages yet.</p>'}`);
  };
}
