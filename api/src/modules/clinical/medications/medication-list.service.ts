import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { utcToday } from '../../../platform/time/zoned-time';
import { StaffMember } from '../../identity';
import { Patient } from '../../patients';
import { findDrug } from '../prescribing';
import { Allergy } from './allergy.entity';
import { Medication, MedicationStatus } from './medication.entity';
import type { AddAllergyInput, AddMedicationInput, StopMedicationInput } from './medications.inputs';
import { MedicationsErrorCode, medicationsError } from './medications.errors';

/**
 * The patient's row (locked for the transaction when asked); only for a viewer with a care relationship.
 * Off the care team the answer is FORBIDDEN, as for the problem list: the patient id came from a chart.
 */
export async function chartPatient(
  ctx: RequestContext,
  em: EntityManager,
  patientId: string,
  lock = false,
): Promise<Patient> {
  const patient = isUuid(patientId)
    ? await em.findOne(Patient, { id: patientId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!patient) throw medicationsError(MedicationsErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
  if (!ctx.access.hasCareRelationship(patient.id)) {
    throw medicationsError(
      MedicationsErrorCode.NOT_ON_CARE_TEAM,
      'Only clinicians on the patient’s care team may change their medications or allergies.',
    );
  }
  return patient;
}

const trimmed = (value: string | null | undefined) => value?.trim() || null;

/**
 * The medication list and the allergy list: any clinician on the care team keeps them (reconciliation is
 * not a prescriber's job alone). Drugs found in the formulary are stored by formulary id so interaction
 * screening recognises them; anything else is kept as written and reported as unscreened.
 */
export class MedicationListService {
  async addMedication(ctx: RequestContext, input: AddMedicationInput): Promise<Medication> {
    const drugName = input.drug.trim();
    if (!drugName) throw medicationsError(MedicationsErrorCode.MEDICATION_NAME_REQUIRED, 'Name the drug.', 'drug');
    const outsidePrescriberName = trimmed(input.outsidePrescriberName);
    if (input.prescriberStaffId && outsidePrescriberName) {
      throw medicationsError(
        MedicationsErrorCode.PRESCRIBER_AMBIGUOUS,
        'Give either one of our prescribers or an outside prescriber, not both.',
        'outsidePrescriberName',
      );
    }
    if (input.startedOn && input.startedOn > utcToday()) {
      throw medicationsError(
        MedicationsErrorCode.MEDICATION_DATES_OUT_OF_ORDER,
        'A medication cannot have started in the future.',
        'startedOn',
      );
    }
    const em = ctx.em;
    const patient = await chartPatient(ctx, em, input.patientId);
    const prescriber = input.prescriberStaffId ? await em.findOne(StaffMember, { id: input.prescriberStaffId }) : null;
    if (input.prescriberStaffId && !prescriber) {
      throw medicationsError(
        MedicationsErrorCode.PRESCRIBER_NOT_FOUND,
        'No staff member with this id.',
        'prescriberStaffId',
      );
    }
    const drug = findDrug(drugName);
    const medication = em.create(Medication, {
      practice: em.getReference(Practice, ctx.viewer!.practiceId),
      patient,
      drugId: drug?.id ?? null,
      drugName: drug?.name ?? drugName,
      strength: trimmed(input.strength),
      form: trimmed(input.form),
      sig: trimmed(input.sig),
      prescriber,
      outsidePrescriberName,
      startedOn: input.startedOn ?? null,
      reason: trimmed(input.reason),
    });
    await em.flush();
    return medication;
  }

  async stopMedication(ctx: RequestContext, id: string, input: StopMedicationInput): Promise<Medication> {
    const em = ctx.em;
    const medication = isUuid(id) ? await em.findOne(Medication, { id }) : null;
    if (!medication || !ctx.access.hasCareRelationship(medication.patient.id)) {
      throw medicationsError(MedicationsErrorCode.MEDICATION_NOT_FOUND, 'No medication with this id.');
    }
    if (medication.status === MedicationStatus.STOPPED) {
      throw medicationsError(MedicationsErrorCode.MEDICATION_ALREADY_STOPPED, 'This medication is already stopped.');
    }
    const stoppedOn = input.stoppedOn ?? utcToday();
    if (medication.startedOn && stoppedOn < medication.startedOn) {
      throw medicationsError(
        MedicationsErrorCode.MEDICATION_DATES_OUT_OF_ORDER,
        'A medication cannot be stopped before it was started.',
        'stoppedOn',
      );
    }
    medication.status = MedicationStatus.STOPPED;
    medication.stoppedOn = stoppedOn;
    medication.stopReason = trimmed(input.stopReason);
    await em.flush();
    return medication;
  }

  async addAllergy(ctx: RequestContext, input: AddAllergyInput): Promise<Allergy> {
    return ctx.em.transactional(async (tx) => {
      // Locked, as a "no known allergies" confirmation locks it: the two cannot cross.
      const patient = await chartPatient(ctx, tx, input.patientId, true);
      const allergy = tx.create(Allergy, {
        practice: tx.getReference(Practice, ctx.viewer!.practiceId),
        patient,
        substance: input.substance.trim(),
        reaction: trimmed(input.reaction),
        severity: input.severity,
        notedOn: input.notedOn ?? utcToday(),
      });
      await tx.flush();
      // An allergy on the list ends any "no known allergies" confirmation.
      await setNoKnownAllergies(tx, patient.id, null);
      return allergy;
    });
  }

  /**
   * Confirms "no known allergies" (NKDA) for today, by the signed-in clinician: what a prescriber and a
   * pharmacy need to tell an unasked question from an empty answer. Refused while allergies are listed.
   */
  async confirmNoKnownAllergies(ctx: RequestContext, patientId: string): Promise<Patient> {
    return ctx.em.transactional(async (em) => {
      const patient = await chartPatient(ctx, em, patientId, true);
      if ((await em.count(Allergy, { patient, removedAt: null })) > 0) {
        throw medicationsError(
          MedicationsErrorCode.ALLERGIES_ON_LIST,
          'Allergies are listed for this patient: remove them first if they were entered in error.',
        );
      }
      await setNoKnownAllergies(em, patient.id, { on: utcToday(), byStaffId: ctx.viewer!.staffMemberId! });
      await em.refresh(patient);
      return patient;
    });
  }

  /** Takes an allergy off the list; the row stays, with who removed it and when. */
  async removeAllergy(ctx: RequestContext, id: string): Promise<Allergy> {
    const em = ctx.em;
    const allergy = isUuid(id) ? await em.findOne(Allergy, { id, removedAt: null }) : null;
    if (!allergy || !ctx.access.hasCareRelationship(allergy.patient.id)) {
      throw medicationsError(MedicationsErrorCode.ALLERGY_NOT_FOUND, 'No allergy with this id.');
    }
    allergy.removedAt = new Date();
    allergy.removedBy = em.getReference(StaffMember, ctx.viewer!.staffMemberId!, { wrapped: true });
    await em.flush();
    return allergy;
  }
}

/** Writes the NKDA confirmation with SQL: it is not a profile edit, so the patient's version stays. */
async function setNoKnownAllergies(
  em: EntityManager,
  patientId: string,
  confirmation: { on: string; byStaffId: string } | null,
): Promise<void> {
  await em
    .getConnection()
    .execute(
      'update patient set no_known_allergies_on = ?, no_known_allergies_by_id = ? where id = ?',
      [confirmation?.on ?? null, confirmation?.byStaffId ?? null, patientId],
      'run',
      em.getTransactionContext(),
    );
}

export const medicationListService = new MedicationListService();
