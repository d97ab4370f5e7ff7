import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { forbiddenError } from '../../platform/errors/domain-error';
import { utcToday } from '../../platform/time/zoned-time';
import { Patient } from '../patients';
import { ClinicalErrorCode, clinicalError } from './clinical.errors';
import { Diagnosis, DiagnosisStatus } from './diagnosis.entity';
import type { AddDiagnosisInput, UpdateDiagnosisInput } from './diagnosis.inputs';
import { billableChildren, codeSetYearFor, lookupIcd10, normalizeIcd10 } from './icd10-code-set';

/** An onset after the diagnosis date is a typing error, whichever of the two was just changed. */
function assertOnsetNotAfterDiagnosis(onsetDate: string | null | undefined, diagnosedOn: string): void {
  if (onsetDate && onsetDate > diagnosedOn) {
    throw clinicalError(
      ClinicalErrorCode.DIAGNOSIS_DATES_OUT_OF_ORDER,
      'The onset cannot be after the date of diagnosis.',
      'onsetDate',
    );
  }
}

/**
 * The problem list. Only clinicians with a care relationship write it; codes come from the
 * shipped ICD-10-CM set of the diagnosis date's fiscal year, and only billable codes are taken
 * (a header such as F41 could never go on a claim, domain.md §4). At most one active primary:
 * changes run in one transaction holding the patient's row, so two clinicians cannot both
 * make "their" diagnosis the primary.
 */
export class DiagnosisService {
  async add(ctx: RequestContext, input: AddDiagnosisInput): Promise<Diagnosis> {
    const code = normalizeIcd10(input.icd10Code);
    const diagnosedOn = input.diagnosedOn ?? utcToday();
    assertOnsetNotAfterDiagnosis(input.onsetDate, diagnosedOn);
    const entry = await this.codeFor(ctx.em, code, diagnosedOn);
    return ctx.em.transactional(async (em) => {
      const patient = await this.lockPatient(ctx, em, input.patientId);
      const list = await em.find(Diagnosis, { patient, status: DiagnosisStatus.ACTIVE });
      if (list.some((d) => d.icd10Code === code)) {
        throw clinicalError(ClinicalErrorCode.DIAGNOSIS_ALREADY_ON_LIST, `${code} is already on the problem list.`);
      }
      const makePrimary = input.isPrimary || !list.some((d) => d.isPrimary);
      if (makePrimary) for (const other of list) other.isPrimary = false;
      const diagnosis = em.create(Diagnosis, {
        practice: em.getReference(Practice, ctx.viewer!.practiceId),
        patient,
        icd10Code: code,
        description: entry.description,
        isPrimary: makePrimary,
        diagnosedOn,
        onsetDate: input.onsetDate ?? null,
        clinicalNote: input.clinicalNote?.trim() || null,
        position: Math.max(0, ...list.map((d) => d.position)) + 1,
      });
      await em.flush();
      return diagnosis;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateDiagnosisInput): Promise<Diagnosis> {
    return ctx.em.transactional(async (em) => {
      const found = isUuid(id) ? await em.findOne(Diagnosis, { id }) : null;
      if (!found) throw clinicalError(ClinicalErrorCode.DIAGNOSIS_NOT_FOUND, 'No diagnosis with this id.');
      const patient = await this.lockPatient(ctx, em, found.patient.id);
      const list = await em.find(Diagnosis, { patient }, { orderBy: { position: 'asc' } });
      const diagnosis = list.find((d) => d.id === id)!;
      if (input.onsetDate !== undefined) diagnosis.onsetDate = input.onsetDate;
      if (input.clinicalNote !== undefined) diagnosis.clinicalNote = input.clinicalNote?.trim() || null;
      if (input.status === DiagnosisStatus.RESOLVED && diagnosis.status === DiagnosisStatus.ACTIVE) {
        diagnosis.status = DiagnosisStatus.RESOLVED;
        diagnosis.resolvedOn = input.resolvedOn ?? utcToday();
      } else if (input.status === DiagnosisStatus.ACTIVE && diagnosis.status === DiagnosisStatus.RESOLVED) {
        diagnosis.status = DiagnosisStatus.ACTIVE;
        diagnosis.resolvedOn = null;
      } else if (input.resolvedOn !== undefined && diagnosis.status === DiagnosisStatus.RESOLVED) {
        diagnosis.resolvedOn = input.resolvedOn ?? utcToday();
      }
      if (diagnosis.resolvedOn && diagnosis.resolvedOn < diagnosis.diagnosedOn) {
        throw clinicalError(
          ClinicalErrorCode.DIAGNOSIS_DATES_OUT_OF_ORDER,
          'A diagnosis cannot be resolved before it was made.',
          'resolvedOn',
        );
      }
      assertOnsetNotAfterDiagnosis(diagnosis.onsetDate, diagnosis.diagnosedOn);
      const active = list.filter((d) => d.status === DiagnosisStatus.ACTIVE);
      if (input.isPrimary && diagnosis.status === DiagnosisStatus.ACTIVE) {
        for (const other of active) other.isPrimary = other === diagnosis;
      }
      if (diagnosis.status === DiagnosisStatus.RESOLVED) diagnosis.isPrimary = false;
      // Claims need a primary: when it is resolved, the next active diagnosis on the list takes over.
      if (active.length > 0 && !active.some((d) => d.isPrimary)) active[0]!.isPrimary = true;
      await em.flush();
      return diagnosis;
    });
  }

  /** Sets the order of the active diagnoses: the first becomes the primary. */
  async reorder(ctx: RequestContext, patientId: string, ids: readonly string[]): Promise<Diagnosis[]> {
    return ctx.em.transactional(async (em) => {
      const patient = await this.lockPatient(ctx, em, patientId);
      const active = await em.find(Diagnosis, { patient, status: DiagnosisStatus.ACTIVE });
      const byId = new Map(active.map((d) => [d.id, d]));
      if (ids.length !== active.length || new Set(ids).size !== ids.length || !ids.every((id) => byId.has(id))) {
        throw clinicalError(
          ClinicalErrorCode.DIAGNOSIS_ORDER_MISMATCH,
          'List every active diagnosis of the patient once, in the order you want.',
          'ids',
        );
      }
      const ordered = ids.map((id, index) =>
        Object.assign(byId.get(id)!, { position: index + 1, isPrimary: index === 0 }),
      );
      await em.flush();
      return ordered;
    });
  }

  /** The code as the code set of `date`'s fiscal year has it; unknown codes and headers are refused. */
  private async codeFor(em: EntityManager, code: string, date: string) {
    const fiscalYear = await codeSetYearFor(em, date);
    const entry = (await lookupIcd10(em, [code], fiscalYear)).get(code);
    if (!entry) {
      throw clinicalError(
        ClinicalErrorCode.ICD10_CODE_UNKNOWN,
        `${code} is not an ICD-10-CM code (code set FY${fiscalYear}).`,
        'icd10Code',
      );
    }
    if (!entry.billable) {
      const examples = await billableChildren(em, code, fiscalYear, 4);
      throw clinicalError(
        ClinicalErrorCode.ICD10_CODE_NOT_BILLABLE,
        `${code} is a category, not a billable code: choose a more specific code` +
          (examples.length > 0 ? ` such as ${examples.join(', ')}.` : '.'),
        'icd10Code',
        { suggestions: examples },
      );
    }
    return entry;
  }

  /** The patient's row, locked for this transaction; only with a care relationship to them. */
  private async lockPatient(ctx: RequestContext, em: EntityManager, patientId: string): Promise<Patient> {
    const patient = isUuid(patientId)
      ? await em.findOne(Patient, { id: patientId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!patient) throw clinicalError(ClinicalErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    if (!ctx.access.hasCareRelationship(patient.id)) {
      throw forbiddenError('Only clinicians on the patient’s care team may change the problem list.');
    }
    return patient;
  }
}

export const diagnosisService = new DiagnosisService();
