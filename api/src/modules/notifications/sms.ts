import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { logger } from '../../platform/logger';

/** Text messages. A carrier gateway (Twilio, ...) plugs in behind this interface. */
export interface SmsSender {
  send(message: { to: string; text: string }): Promise<void>;
}

/** The local sender: writes each text into the outbox folder, next to the email. */
export class OutboxSmsSender implements SmsSender {
  constructor(private readonly outboxDir: string) {}
  async send(message: { to: string; text: string }): Promise<void> {
    await mkdir(this.outboxDir, { recursive: true });
    const sentAt = new Date().toISOString();
    const id = `${sentAt.replace(/[:.]/g, '-')}-sms-${randomUUID().slice(0, 8)}`;
    const stored = { id, from: 'SMS', sentAt, to: message.to, subject: 'Text message', text: message.text };
    await writeFile(join(this.outboxDir, `${id}.json`), JSON.stringify(stored, null, 2));
    logger.info('text message written to the local outbox', { id });
  }
}
