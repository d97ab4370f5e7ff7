import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The e-prescribing slot (domain.md §8). A certified e-Rx vendor or a Surescripts connection replaces the
 * local outbox; for controlled substances that vendor must also be the DEA-audited EPCS application that
 * signs the message (21 CFR 1311; see ncpdp-newrx.ts), which Handoff is not.
 */
export interface NewRxMeta {
  readonly messageId: string;
  readonly prescriptionId: string;
  readonly controlled: boolean;
}

export interface TransmissionReceipt {
  readonly status: 'QUEUED';
  /** Where the message went: a file name in the outbox, or a vendor's reference. */
  readonly location: string;
}

export interface EPrescribingAdapter {
  send(newRxXml: string, meta: NewRxMeta): Promise<TransmissionReceipt>;
}

export const LOCAL_OUTBOX_MESSAGE = 'Queued in the local e-prescribing outbox (not sent to a pharmacy network)';

/** `HANDOFF_ERX_OUTBOX`, else `.data/erx-outbox` under the API's working directory; read at each send. */
export function erxOutboxDir(): string {
  return process.env.HANDOFF_ERX_OUTBOX ?? resolve(process.cwd(), '.data', 'erx-outbox');
}

/** Writes each NewRx to `<outbox>/<MessageID>.xml`, readable only by the server's user (it carries PHI). */
export class LocalOutboxEPrescribingAdapter implements EPrescribingAdapter {
  constructor(private readonly outboxDir: () => string = erxOutboxDir) {}

  async send(newRxXml: string, meta: NewRxMeta): Promise<TransmissionReceipt> {
    const dir = this.outboxDir();
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const fileName = `NewRx-${meta.messageId}.xml`;
    // `wx`: a message id is never reused, so an existing file means a bug, not a retry to overwrite.
    await writeFile(join(dir, fileName), newRxXml, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    return { status: 'QUEUED', location: fileName };
  }
}
