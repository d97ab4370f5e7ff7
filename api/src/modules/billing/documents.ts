import PDFDocument from 'pdfkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/context/request-context';
import { isUuid } from '../../platform/db/sql';
import { Role } from '../../platform/permissions/role';

const MONEY_ROLES = [Role.FRONT_DESK, Role.BILLER, Role.PRACTICE_MANAGER];
const dollars = (cents: number) =>
  `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Renders a PDF in memory (receipts and statements are a page or two). */
function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Producer: 'Handoff', Creator: 'Handoff' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** Whether this viewer may see this patient's money: billing staff, or the patient themself. */
function mayRead(viewer: Viewer, patientId: string): boolean {
  return viewer.roles.some((role) => MONEY_ROLES.includes(role)) || viewer.patientId === patientId;
}

interface Header {
  practice_name: string;
  patient_id: string;
  patient_name: string;
  mrn: string;
}

/** A payment receipt, or null when there is no such payment the viewer may see. */
export async function receiptPdf(em: EntityManager, viewer: Viewer, paymentId: string): Promise<Buffer | null> {
  if (!isUuid(paymentId)) return null;
  const [row] = await em.getConnection().execute<
    (Header & {
      amount_cents: number;
      method: string;
      status: string;
      check_number: string | null;
      card_brand: string | null;
      card_last4: string | null;
      processor_reference: string | null;
      received_by: string;
      created_at: Date;
    })[]
  >(
    `select pr.name as practice_name, p.id as patient_id, coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name as patient_name,
            p.mrn, pay.amount_cents, pay.method, pay.status, pay.check_number, pay.card_brand, pay.card_last4,
            pay.processor_reference, pay.received_by, pay.created_at
       from payment pay join patient p on p.id = pay.patient_id join practice pr on pr.id = pay.practice_id
      where pay.id = ? and pay.practice_id = ?`,
    [paymentId, viewer.practiceId],
  );
  if (!row || !mayRead(viewer, row.patient_id) || row.status !== 'APPROVED') return null;
  const method =
    row.method === 'CARD'
      ? `${row.card_brand ?? 'Card'} ending ${row.card_last4 ?? ''}`
      : row.method === 'CHECK'
        ? `Check #${row.check_number ?? ''}`
        : 'Cash';
  return render((doc) => {
    doc.fontSize(18).text(row.practice_name).moveDown(0.3);
    doc.fontSize(13).fillColor('#555').text('Payment receipt').fillColor('#000').moveDown();
    doc.fontSize(11);
    for (const [label, value] of [
      ['Patient', `${row.patient_name} (MRN ${row.mrn})`],
      ['Date', day(new Date(row.created_at))],
      ['Amount', dollars(row.amount_cents)],
      ['Paid by', method],
      ...(row.processor_reference ? [['Reference', row.processor_reference]] : []),
      ['Received by', row.received_by],
      ['Receipt no.', paymentId.slice(0, 8).toUpperCase()],
    ] as [string, string][]) {
      doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    }
    doc.moveDown().fontSize(9).fillColor('#555').text('Thank you. Keep this receipt for your records.');
  });
}

/** A statement of the patient's account: every ledger line and the balance due. */
export async function statementPdf(em: EntityManager, viewer: Viewer, patientId: string): Promise<Buffer | null> {
  if (!isUuid(patientId) || !mayRead(viewer, patientId)) return null;
  const connection = em.getConnection();
  const [header] = await connection.execute<Header[]>(
    `select pr.name as practice_name, p.id as patient_id, coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name as patient_name, p.mrn
       from patient p join practice pr on pr.id = p.practice_id where p.id = ? and p.practice_id = ?`,
    [patientId, viewer.practiceId],
  );
  if (!header) return null;
  const lines = await connection.execute<{ posted_at: Date; description: string; amount_cents: number }[]>(
    `select posted_at, description, amount_cents from ledger_entry where patient_id = ? order by posted_at, id`,
    [patientId],
  );
  const balance = lines.reduce((sum, line) => sum + line.amount_cents, 0);
  return render((doc) => {
    doc.fontSize(18).text(header.practice_name).moveDown(0.3);
    doc.fontSize(13).fillColor('#555').text(`Statement for ${header.patient_name} (MRN ${header.mrn})`);
    doc
      .fontSize(10)
      .text(`Statement date ${day(new Date())}`)
      .fillColor('#000')
      .moveDown();
    doc.fontSize(10);
    const top = doc.y;
    doc
      .font('Helvetica-Bold')
      .text('Date', 54, top)
      .text('Description', 140, top)
      .text('Amount', 440, top, { width: 110, align: 'right' });
    doc.font('Helvetica').moveDown(0.5);
    for (const line of lines) {
      const y = doc.y;
      doc.text(day(new Date(line.posted_at)), 54, y).text(line.description, 140, y, { width: 290 });
      doc.text(dollars(line.amount_cents), 440, y, { width: 110, align: 'right' });
      doc.moveDown(0.2);
    }
    if (lines.length === 0) doc.text('No activity.', 54);
    doc.moveDown().font('Helvetica-Bold').fontSize(12);
    doc.text(balance > 0 ? `Amount due: ${dollars(balance)}` : `Balance: ${dollars(balance)}`, 54, doc.y, {
      width: 496,
      align: 'right',
    });
  });
}
