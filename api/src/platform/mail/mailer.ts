import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface StoredMail extends MailMessage {
  id: string;
  from: string;
  sentAt: string;
}

/** Outgoing email. SMTP in production; a local outbox when no SMTP server is configured. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** The outbox folder, when mail goes to one instead of SMTP (shown at /outbox). */
  readonly outboxDir?: string;
}

const FROM = process.env.MAIL_FROM ?? 'Handoff <no-reply@handoff.local>';

class SmtpMailer implements Mailer {
  private readonly transport;
  constructor(url: string) {
    this.transport = createTransport(url);
  }
  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: FROM, ...message });
  }
}

/** Writes each message as JSON into a folder: `npm start` without SMTP, viewable at /outbox. */
class OutboxMailer implements Mailer {
  constructor(readonly outboxDir: string) {}
  async send(message: MailMessage): Promise<void> {
    await mkdir(this.outboxDir, { recursive: true });
    const sentAt = new Date().toISOString();
    const id = `${sentAt.replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
    const stored: StoredMail = { id, from: FROM, sentAt, ...message };
    await writeFile(join(this.outboxDir, `${id}.json`), JSON.stringify(stored, null, 2));
    // Only the id: subjects and addresses can identify a patient.
    logger.info('mail written to the local outbox', { id });
  }
}

export function createMailer(options: { smtpUrl?: string | undefined; outboxDir: string }): Mailer {
  return options.smtpUrl ? new SmtpMailer(options.smtpUrl) : new OutboxMailer(options.outboxDir);
}

/** The outbox's messages, newest first. */
export async function readOutbox(dir: string, limit = 200): Promise<StoredMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse();
  return Promise.all(
    files.slice(0, limit).map(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')) as StoredMail),
  );
}
