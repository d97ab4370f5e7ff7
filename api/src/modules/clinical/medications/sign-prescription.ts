import { randomUUID } from 'node:crypto';
import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { utcToday } from '../../../platform/time/zoned-time';
import { StaffMember, totpFactorService } from '../../identity';
import { Patient } from '../../patients';
import { Facility } from '../../scheduling';
import { Medication } from './medication.entity';
import type { SignPrescriptionInput } from './medications.inputs';
import { MedicationsErrorCode, medicationsError } from './medications.errors';
import { PdmpCheck } from './pdmp-check.entity';
import { prescribingAdapters } from './prescribing-adapters';
import { Prescription, PrescriptionStatus, TransmissionStatus } from './prescription.entity';
import { compactId, newRxFor } from './prescription-newrx';
import { screenPrescription } from './prescription-screening';
import { formularyDrug } from './prescription.service';

/**
 * How recent the prescriber's own PDMP check must be to sign a controlled substance. Many states mandate a
 * check before prescribing opioids or benzodiazepines (domain.md §7.3); 24 hours is a common reading, and
 * the strictest state rules should set it lower.
 */
export const PDMP_CHECK_WINDOW_HOURS = 24;

/** Prescribing requires a DEA registration and a state licence on the signer's profile (the NewRx also needs an NPI). */
export function hasPrescribingCredentials(staff: StaffMember): boolean {
  return (
    staff.canPrescribe && !!staff.deaNumber?.trim() && !!staff.stateLicenseNumber?.trim() && !!staff.stateLicenseState
  );
}

async function assertRecentPdmpCheck(em: EntityManager, rx: Prescription, prescriberId: string): Promise<PdmpCheck> {
  const since = new Date(Date.now() - PDMP_CHECK_WINDOW_HOURS * 3_600_000);
  const check = await em.findOne(
    PdmpCheck,
    { patient: rx.patient.id, checkedBy: prescriberId, checkedAt: { $gte: since } },
    { orderBy: { checkedAt: 'desc' } },
  );
  if (!check) {
    throw medicationsError(
      MedicationsErrorCode.PDMP_CHECK_REQUIRED,
      `A controlled substance needs your own PDMP check of this patient within the last ${PDMP_CHECK_WINDOW_HOURS} hours.`,
    );
  }
  return check;
}

/** EPCS two-factor step: a code from the prescriber's authenticator that has never been accepted before. */
async function assertFreshSecondFactor(em: EntityManager, prescriberId: string, code: string | null | undefined) {
  if (!code?.trim()) {
    throw medicationsError(
      MedicationsErrorCode.SECOND_FACTOR_REQUIRED,
      'A controlled substance needs a code from your authenticator app to sign.',
      'totpCode',
    );
  }
  const result = await totpFactorService.consumeCode(em, prescriberId, code);
  switch (result) {
    case 'ACCEPTED':
      return;
    case 'NOT_ENROLLED':
      throw medicationsError(
        MedicationsErrorCode.SECOND_FACTOR_NOT_ENROLLED,
        'Set up an authenticator app before signing controlled-substance prescriptions.',
      );
    case 'INVALID':
      throw medicationsError(MedicationsErrorCode.SECOND_FACTOR_INVALID, 'That code is not correct.', 'totpCode');
    case 'REPLAYED':
      throw medicationsError(
        MedicationsErrorCode.SECOND_FACTOR_REPLAYED,
        'That code was already used. Wait for the next one.',
        'totpCode',
      );
  }
}

/**
 * Signs a draft: the signer must hold prescribing credentials and care for the patient; the screening is
 * re-run and any CONTRAINDICATED or MAJOR alert needs an override reason; a controlled substance needs the
 * prescriber's own recent PDMP check and a fresh second-factor code (EPCS, 21 CFR 1311.115 — the certified
 * EPCS application of a real deployment repeats this under its own audit). Then the drug joins the
 * medication list and the NewRx goes to the e-prescribing adapter, all in one transaction: a refused
 * signature spends no code and writes no file.
 */
export async function signPrescription(
  ctx: RequestContext,
  id: string,
  input: SignPrescriptionInput,
): Promise<Prescription> {
  const viewer = ctx.viewer!;
  return ctx.em.transactional(async (em) => {
    const rx = isUuid(id) ? await em.findOne(Prescription, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!rx || !ctx.access.hasCareRelationship(rx.patient.id)) {
      throw medicationsError(MedicationsErrorCode.PRESCRIPTION_NOT_FOUND, 'No prescription with this id.');
    }
    if (rx.status === PrescriptionStatus.SIGNED) {
      throw medicationsError(MedicationsErrorCode.PRESCRIPTION_ALREADY_SIGNED, 'This prescription is already signed.');
    }
    const prescriber = viewer.staffMemberId ? await em.findOne(StaffMember, { id: viewer.staffMemberId }) : null;
    if (!prescriber || !hasPrescribingCredentials(prescriber)) {
      throw medicationsError(
        MedicationsErrorCode.PRESCRIBER_CREDENTIALS_MISSING,
        'Only prescribers with a DEA number and a state licence on their profile may sign prescriptions.',
      );
    }

    const today = utcToday();
    const screening = await screenPrescription(em, rx.patient.id, formularyDrug(rx.drugId), today);
    const overrideReason = input.overrideReason?.trim() || null;
    const needingReason = screening.alerts.filter((alert) => alert.requiresOverrideReason);
    if (needingReason.length > 0 && !overrideReason) {
      throw medicationsError(
        MedicationsErrorCode.OVERRIDE_REASON_REQUIRED,
        'A contraindicated or major interaction alert needs an override reason to sign.',
        'overrideReason',
        { ruleIds: needingReason.map((alert) => alert.ruleId) },
      );
    }

    const controlled = rx.controlledSchedule != null;
    const pdmpCheck = controlled ? await assertRecentPdmpCheck(em, rx, prescriber.id) : null;
    // Last of the checks: a signature refused for any other reason does not spend the code.
    if (controlled) await assertFreshSecondFactor(em, prescriber.id, input.totpCode);

    const now = new Date();
    const messageId = compactId(randomUUID());
    const patient = await em.findOneOrFail(Patient, { id: rx.patient.id });
    const facility = await em.findOne(Facility, {}, { orderBy: { createdAt: 'asc' } });
    const xml = newRxFor({
      prescription: rx,
      patient,
      prescriber,
      facility,
      messageId,
      sentAt: now,
      writtenDate: today,
    });

    rx.status = PrescriptionStatus.SIGNED;
    rx.prescriber = ref(prescriber);
    rx.signedAt = now;
    rx.alerts = screening.alerts;
    rx.unscreenedMedications = screening.unscreenedMedications;
    rx.overrideReason = screening.alerts.length > 0 ? overrideReason : null;
    rx.secondFactorVerifiedAt = controlled ? now : null;
    rx.pdmpCheckId = pdmpCheck?.id ?? null;
    rx.messageId = messageId;
    em.create(Medication, {
      practice: em.getReference(Practice, viewer.practiceId),
      patient,
      drugId: rx.drugId,
      drugName: rx.drugName,
      strength: rx.strength,
      form: rx.form ?? null,
      sig: rx.sig,
      prescriber,
      startedOn: today,
      prescriptionId: rx.id,
    });
    await em.flush();

    // Written only once everything else has held, just before the commit.
    const receipt = await prescribingAdapters.eRx.send(xml, { messageId, prescriptionId: rx.id, controlled });
    rx.transmissionStatus = TransmissionStatus[receipt.status];
    rx.queuedAt = new Date();
    rx.outboxFile = receipt.location;
    await em.flush();
    return rx;
  });
}
