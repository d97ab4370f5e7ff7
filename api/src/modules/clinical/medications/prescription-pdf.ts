import PDFDocument from 'pdfkit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAuditEntries } from '../../../platform/audit/audit-log';
import { AuditAction } from '../../../platform/audit/audit-event.entity';
import type { Viewer } from '../../../platform/context/request-context';
import { PRACTICE_FILTER } from '../../../platform/db/practice-scoped.entity';
import { isUuid } from '../../../platform/db/sql';
import { Role } from '../../../platform/permissions/role';
import { loadAccess, StaffMember } from '../../identity';
import { Patient } from '../../patients';
import { Facility } from '../../scheduling';
import { Prescription, PrescriptionStatus } from './prescription.entity';

function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Producer: 'Handoff', Creator: 'Handoff' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/**
 * The printable fallback of a signed prescription, for when e-prescribing is not possible. Only clinicians
 * caring for the patient get it (anyone else: null, which the route turns into a 404), and each download is
 * audited as a read of the prescription. A printed prescription is valid only with the prescriber's
 * handwritten signature, which the page asks for.
 */
export async function prescriptionPdf(em: EntityManager, viewer: Viewer, id: string): Promise<Buffer | null> {
  if (!isUuid(id) || !viewer.roles.includes(Role.CLINICIAN)) return null;
  em.setFilterParams(PRACTICE_FILTER, { practiceId: viewer.practiceId });
  const rx = await em.findOne(Prescription, { id, status: PrescriptionStatus.SIGNED });
  if (!rx) return null;
  const access = await loadAccess(em, viewer);
  if (!access.hasCareRelationship(rx.patient.id)) return null;
  const [patient, prescriber, facility] = await Promise.all([
    em.findOneOrFail(Patient, { id: rx.patient.id }),
    em.findOneOrFail(StaffMember, { id: rx.prescriber!.id }),
    em.findOne(Facility, {}, { orderBy: { createdAt: 'asc' } }),
  ]);
  await appendAuditEntries(em, [
    {
      practiceId: viewer.practiceId,
      action: access.isEmergencyAccess(patient.id) ? AuditAction.EMERGENCY_ACCESS : AuditAction.READ,
      actorUserId: viewer.userId,
      actorName: viewer.displayName,
      actorRoles: viewer.roles,
      entityType: 'Prescription',
      entityId: rx.id,
      patientId: patient.id,
      fields: ['printedPrescription'],
    },
  ]);

  const address = patient.address;
  return render((doc) => {
    if (facility) {
      doc.fontSize(14).text(facility.name);
      doc.fontSize(10).text(`${facility.addressLine1}, ${facility.city}, ${facility.state} ${facility.postalCode}`);
      doc.text(`Phone ${facility.phone}`).moveDown();
    }
    doc.fontSize(16).text('Prescription').moveDown(0.5);
    doc.fontSize(11);
    const rows: [string, string][] = [
      ['Patient', `${patient.legalFirstName} ${patient.legalLastName} (MRN ${patient.mrn})`],
      ['Date of birth', patient.dateOfBirth],
      ...(address
        ? [['Address', `${address.line1}, ${address.city}, ${address.state} ${address.postalCode}`] as [string, string]]
        : []),
      ['Date written', rx.signedAt!.toISOString().slice(0, 10)],
      ['Drug', [rx.drugName, rx.strength, rx.form].filter(Boolean).join(' ')],
      ...(rx.controlledSchedule ? [['DEA schedule', rx.controlledSchedule] as [string, string]] : []),
      ['Quantity', `${rx.quantity} ${rx.unit.toLowerCase()}(s)`],
      ['Days supply', String(rx.daysSupply)],
      ['Refills', String(rx.refills)],
      ['Directions', rx.sig],
      ['Substitution', rx.substitutionAllowed ? 'Permitted' : 'Dispense as written'],
      ['Pharmacy', `${rx.pharmacy.name} (NCPDP ${rx.pharmacy.ncpdpId})`],
      ['Prescriber', `${prescriber.firstName} ${prescriber.lastName}, ${prescriber.credentials}`],
      ['NPI', prescriber.npi ?? '—'],
      ['DEA', prescriber.deaNumber ?? '—'],
      ['State licence', `${prescriber.stateLicenseNumber ?? '—'} (${prescriber.stateLicenseState ?? '—'})`],
    ];
    for (const [label, value] of rows) {
      doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    }
    doc.moveDown(2).text('Signature: ______________________________________');
    doc
      .moveDown()
      .fontSize(9)
      .fillColor('#555')
      .text(
        'Printed copy: valid only with the prescriber’s handwritten signature. ' +
          (rx.transmissionStatus
            ? 'An electronic copy was also queued in the local e-prescribing outbox (not sent to a pharmacy network); ' +
              'do not fill both.'
            : ''),
      );
  });
}
