import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { utcToday } from '../../../platform/time/zoned-time';
import { StaffMember } from '../../identity';
import { findDrug, type FormularyDrug } from '../prescribing';
import { chartPatient } from './medication-list.service';
import type { DraftPrescriptionInput, RecordPdmpCheckInput } from './medications.inputs';
import { MedicationsErrorCode, medicationsError } from './medications.errors';
import { PdmpCheck, PdmpCheckMethod } from './pdmp-check.entity';
import { prescribingAdapters } from './prescribing-adapters';
import { Prescription, PrescriptionStatus } from './prescription.entity';
import { screenPrescription } from './prescription-screening';

/** Only formulary drugs are prescribed: they are the ones interaction screening and the NewRx know. */
export function formularyDrug(nameOrId: string): FormularyDrug {
  const drug = findDrug(nameOrId);
  if (!drug) {
    throw medicationsError(
      MedicationsErrorCode.DRUG_NOT_IN_FORMULARY,
      'This drug is not in the formulary, so it cannot be screened or prescribed here.',
      'drug',
    );
  }
  return drug;
}

/** Drafts, reads and PDMP attestations. Signing is its own use case (sign-prescription.ts). */
export class PrescriptionService {
  /** A draft with the interaction screening of this moment; any clinician on the care team may draft. */
  async draft(ctx: RequestContext, input: DraftPrescriptionInput): Promise<Prescription> {
    const drug = formularyDrug(input.drug);
    const em = ctx.em;
    const patient = await chartPatient(ctx, em, input.patientId);
    const screening = await screenPrescription(em, patient.id, drug, utcToday());
    const pharmacy = input.pharmacy;
    const prescription = em.create(Prescription, {
      practice: em.getReference(Practice, ctx.viewer!.practiceId),
      patient,
      draftedBy: em.getReference(StaffMember, ctx.viewer!.staffMemberId!),
      drugId: drug.id,
      drugName: drug.name,
      strength: input.strength.trim(),
      form: input.form?.trim() || null,
      controlledSchedule: drug.controlledSchedule,
      quantity: input.quantity,
      unit: input.unit,
      refills: input.refills,
      daysSupply: input.daysSupply,
      sig: input.sig.trim(),
      substitutionAllowed: input.substitutionAllowed,
      pharmacy: {
        name: pharmacy.name.trim(),
        ncpdpId: pharmacy.ncpdpId,
        addressLine1: pharmacy.addressLine1?.trim() || null,
        city: pharmacy.city?.trim() || null,
        state: pharmacy.state?.toUpperCase() || null,
        postalCode: pharmacy.postalCode || null,
        phone: pharmacy.phone?.trim() || null,
      },
      alerts: screening.alerts,
      unscreenedMedications: screening.unscreenedMedications,
    });
    await em.flush();
    return prescription;
  }

  /**
   * Throws a draft away (a wrong drug or dose is discarded and drafted again, not signed). Anyone who
   * may draft for the patient may discard; a prescription signed meanwhile stays (CONFLICT). Returns
   * the discarded draft's id.
   */
  async discardDraft(ctx: RequestContext, id: string): Promise<string> {
    await this.reachable(ctx, id);
    return ctx.em.transactional(async (em) => {
      const rx = await em.findOneOrFail(Prescription, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (rx.status !== PrescriptionStatus.DRAFT) {
        throw medicationsError(
          MedicationsErrorCode.PRESCRIPTION_ALREADY_SIGNED,
          'This prescription is signed: it cannot be discarded.',
        );
      }
      em.remove(rx);
      await em.flush();
      return id;
    });
  }

  /** A prescription of a patient the viewer cares for; anything else is "not found" (no hint it exists). */
  async reachable(ctx: RequestContext, id: string): Promise<Prescription> {
    const prescription = isUuid(id) ? await ctx.em.findOne(Prescription, { id }) : null;
    if (!prescription || !ctx.access.hasCareRelationship(prescription.patient.id)) {
      throw medicationsError(MedicationsErrorCode.PRESCRIPTION_NOT_FOUND, 'No prescription with this id.');
    }
    return prescription;
  }

  /**
   * Records that the viewer checked the patient's PDMP: through the adapter (its summary is kept), or in the
   * state portal (the viewer's own summary, attested). A controlled-substance signature needs a recent one
   * by the signing prescriber (sign-prescription.ts).
   */
  async recordPdmpCheck(ctx: RequestContext, patientId: string, input: RecordPdmpCheckInput): Promise<PdmpCheck> {
    const em = ctx.em;
    const patient = await chartPatient(ctx, em, patientId);
    const checkedBy = await em.findOneOrFail(StaffMember, { id: ctx.viewer!.staffMemberId! });
    const result =
      input.method === PdmpCheckMethod.INTEGRATED
        ? await prescribingAdapters.pdmp.query(
            { id: patient.id, dateOfBirth: patient.dateOfBirth },
            { id: checkedBy.id, stateLicenseState: checkedBy.stateLicenseState ?? null },
          )
        : {
            summary: input.resultSummary?.trim() || 'Checked in the state PDMP portal (attested by the prescriber).',
            source: 'state PDMP portal',
          };
    const check = em.create(PdmpCheck, {
      practice: em.getReference(Practice, ctx.viewer!.practiceId),
      patient,
      checkedBy,
      checkedAt: new Date(),
      method: input.method,
      resultSummary: result.summary,
      source: result.source,
    });
    await em.flush();
    return check;
  }
}

export const prescriptionService = new PrescriptionService();
