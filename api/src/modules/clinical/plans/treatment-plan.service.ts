import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { Role } from '../../../platform/permissions/role';
import { addDays, utcToday } from '../../../platform/time/zoned-time';
import { StaffMember } from '../../identity';
import { Patient } from '../../patients';
import { Diagnosis } from '../diagnosis.entity';
import type { TreatmentPlanContent } from './plan-content';
import { missingForActivation, normalisePlanContent } from './plan-rules';
import { PlansErrorCode, plansError } from './plans.errors';
import {
  PlanSignatureStatus,
  PlanStatus,
  TreatmentPlanSignatureRequest,
  TreatmentPlanVersion,
} from './treatment-plan.entity';
import type { SaveTreatmentPlanDraftInput } from './treatment-plan.inputs';

/** Commonly every 90 days (domain.md §6.3); payer- or state-specific cadences are set on the draft. */
const DEFAULT_REVIEW_DAYS = 90;

const STALE_MESSAGE =
  'This plan was saved or activated elsewhere since you opened it. Reload to see the latest version.';

function staleError(currentVersion: number | null) {
  return plansError(PlansErrorCode.PLAN_STALE_VERSION, STALE_MESSAGE, 'expectedVersion', { currentVersion });
}

/**
 * Treatment plans: a care-team clinician drafts, activates (signs) and revises a patient's plan.
 * Every write runs in one transaction holding the patient's row, so two clinicians' saves,
 * activations and revisions of one plan happen one after the other: the draft either is the
 * version the editor loaded or the save is refused (CONFLICT), never silently overwritten.
 */
export class TreatmentPlanService {
  async saveDraft(
    ctx: RequestContext,
    patientId: string,
    input: SaveTreatmentPlanDraftInput,
    expectedVersion: number | null,
  ): Promise<TreatmentPlanVersion> {
    const staffId = this.staffId(ctx);
    return this.inPatientTransaction(ctx, patientId, async (em, patient) => {
      const content = await this.validContent(em, patient, input.content);
      const draft = await em.findOne(TreatmentPlanVersion, { patient, status: PlanStatus.DRAFT });
      // No version means "there is no draft yet": a draft someone else started meanwhile is not overwritten.
      if ((draft?.version ?? null) !== (expectedVersion ?? null)) throw staleError(draft?.version ?? null);
      if (draft) {
        draft.content = content;
        draft.reviewDueOn = input.reviewDueOn ?? null;
        await em.flush();
        return draft;
      }
      return this.createDraft(em, ctx, patient, staffId, content, input.reviewDueOn ?? null);
    });
  }

  /** The draft goes into effect; the version in effect until now is superseded (kept, unchanged). */
  async activate(ctx: RequestContext, id: string): Promise<TreatmentPlanVersion> {
    const staffId = this.staffId(ctx);
    const found = await this.reachableVersion(ctx, id);
    return this.inPatientTransaction(ctx, found.patient.id, async (em, patient) => {
      const draft = await em.findOneOrFail(TreatmentPlanVersion, { id }, { refresh: true });
      if (draft.status !== PlanStatus.DRAFT) {
        throw plansError(PlansErrorCode.PLAN_NOT_DRAFT, 'This version is already in effect or superseded.');
      }
      const missing = missingForActivation(draft.content);
      if (missing.length > 0) {
        throw plansError(PlansErrorCode.PLAN_INCOMPLETE, `Before activating, add: ${missing.join('; ')}.`, undefined, {
          missing,
        });
      }
      const now = new Date();
      const active = await em.findOne(TreatmentPlanVersion, { patient, status: PlanStatus.ACTIVE });
      if (active) {
        active.status = PlanStatus.SUPERSEDED;
        active.supersededAt = now;
        // Its own flush first: at most one ACTIVE version per patient holds after every statement.
        await em.flush();
      }
      draft.status = PlanStatus.ACTIVE;
      draft.activatedAt = now;
      draft.activatedBy = em.getReference(StaffMember, staffId, { wrapped: true });
      draft.reviewDueOn ??= addDays(utcToday(), DEFAULT_REVIEW_DAYS);
      await em.flush();
      return draft;
    });
  }

  /**
   * Throws the draft away (started by mistake, or a revision no longer wanted); the plan in effect,
   * if any, stays. Only a draft, and only the version the editor loaded: a draft saved elsewhere
   * meanwhile is not lost unseen (CONFLICT). Returns the discarded version's id.
   */
  async discardDraft(ctx: RequestContext, id: string, expectedVersion: number): Promise<string> {
    this.staffId(ctx);
    const found = await this.reachableVersion(ctx, id);
    return this.inPatientTransaction(ctx, found.patient.id, async (em) => {
      const draft = await em.findOneOrFail(TreatmentPlanVersion, { id }, { refresh: true });
      if (draft.status !== PlanStatus.DRAFT) {
        throw plansError(PlansErrorCode.PLAN_NOT_DRAFT, 'Only a draft can be discarded; this version was in effect.');
      }
      if (draft.version !== expectedVersion) throw staleError(draft.version);
      em.remove(draft);
      await em.flush();
      return id;
    });
  }

  /** A new draft copied from the plan in effect (or the draft already open, which is the revision). */
  async revise(ctx: RequestContext, patientId: string): Promise<TreatmentPlanVersion> {
    const staffId = this.staffId(ctx);
    return this.inPatientTransaction(ctx, patientId, async (em, patient) => {
      const draft = await em.findOne(TreatmentPlanVersion, { patient, status: PlanStatus.DRAFT });
      if (draft) return draft;
      const active = await em.findOne(TreatmentPlanVersion, { patient, status: PlanStatus.ACTIVE });
      if (!active) {
        throw plansError(PlansErrorCode.NO_ACTIVE_PLAN, 'This patient has no plan in effect to revise: start a draft.');
      }
      return this.createDraft(em, ctx, patient, staffId, structuredClone(active.content), active.reviewDueOn ?? null);
    });
  }

  /** Asks the patient to sign the plan in effect (answered in the portal); one pending request per version. */
  async requestSignature(ctx: RequestContext, planVersionId: string): Promise<TreatmentPlanSignatureRequest> {
    const staffId = this.staffId(ctx);
    const version = await this.reachableVersion(ctx, planVersionId);
    if (version.status !== PlanStatus.ACTIVE) {
      // A draft may still change and a superseded plan is no longer the one being followed.
      throw plansError(
        PlansErrorCode.SIGNATURE_NEEDS_ACTIVE_PLAN,
        'Only the plan in effect is sent for signature: activate the draft first.',
      );
    }
    const pending = await ctx.em.findOne(TreatmentPlanSignatureRequest, {
      planVersion: version,
      status: PlanSignatureStatus.PENDING,
    });
    if (pending) return pending;
    const request = ctx.em.create(TreatmentPlanSignatureRequest, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      planVersion: version,
      patient: version.patient,
      requestedBy: ctx.em.getReference(StaffMember, staffId),
      requestedAt: new Date(),
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw plansError(PlansErrorCode.PLAN_STALE_VERSION, 'A signature request was just sent for this plan.');
      }
      throw error;
    }
    return request;
  }

  /** A plan version of a patient the viewer cares for; anything else is NOT_FOUND (no hint it exists). */
  async reachableVersion(ctx: RequestContext, id: string): Promise<TreatmentPlanVersion> {
    const version = isUuid(id) ? await ctx.em.findOne(TreatmentPlanVersion, { id }) : null;
    if (!version || !ctx.access.hasCareRelationship(version.patient.id)) {
      throw plansError(PlansErrorCode.PLAN_NOT_FOUND, 'No treatment plan with this id.');
    }
    return version;
  }

  private async createDraft(
    em: EntityManager,
    ctx: RequestContext,
    patient: Patient,
    staffId: string,
    content: TreatmentPlanContent,
    reviewDueOn: string | null,
  ): Promise<TreatmentPlanVersion> {
    const latest = await em.findOne(TreatmentPlanVersion, { patient }, { orderBy: { versionNumber: 'desc' } });
    const draft = em.create(TreatmentPlanVersion, {
      practice: em.getReference(Practice, ctx.viewer!.practiceId),
      patient,
      versionNumber: (latest?.versionNumber ?? 0) + 1,
      content,
      reviewDueOn,
      author: em.getReference(StaffMember, staffId),
    });
    await em.flush();
    return draft;
  }

  /** The plan normalised; its clinicians must be the practice's clinicians and its diagnoses the patient's. */
  private async validContent(
    em: EntityManager,
    patient: Patient,
    input: TreatmentPlanContent,
  ): Promise<TreatmentPlanContent> {
    const { content, problems, clinicianIds, diagnosisIds } = normalisePlanContent(input);
    const invalid = (list: string[]) =>
      plansError(PlansErrorCode.PLAN_INVALID, `The plan cannot be saved: ${list.join('; ')}.`, 'input.content', {
        problems: list,
      });
    if (problems.length > 0) throw invalid(problems);
    const clinicians = clinicianIds.every(isUuid)
      ? await em.find(StaffMember, { id: { $in: clinicianIds }, active: true })
      : [];
    const cliniciansOk = new Set(clinicians.filter((s) => s.roles.includes(Role.CLINICIAN)).map((s) => s.id));
    const unknownClinicians = clinicianIds.filter((id) => !cliniciansOk.has(id));
    const diagnoses = diagnosisIds.every(isUuid)
      ? await em.find(Diagnosis, { id: { $in: diagnosisIds }, patient })
      : [];
    const unknownDiagnoses = diagnosisIds.length - diagnoses.length;
    const wrong = [
      ...(unknownClinicians.length > 0
        ? [`${unknownClinicians.length} responsible clinician id(s) are not active clinicians of the practice`]
        : []),
      ...(unknownDiagnoses > 0 ? [`${unknownDiagnoses} diagnosis id(s) are not on this patient's problem list`] : []),
    ];
    if (wrong.length > 0) throw invalid(wrong);
    return content;
  }

  /** Runs `work` in a transaction holding the patient's row; only for patients the viewer cares for. */
  private inPatientTransaction<T>(
    ctx: RequestContext,
    patientId: string,
    work: (em: EntityManager, patient: Patient) => Promise<T>,
  ): Promise<T> {
    return ctx.em.transactional(async (em) => {
      const patient = isUuid(patientId)
        ? await em.findOne(Patient, { id: patientId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!patient || !ctx.access.hasCareRelationship(patient.id)) {
        throw plansError(PlansErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
      }
      return work(em, patient);
    });
  }

  private staffId(ctx: RequestContext): string {
    const id = ctx.viewer?.staffMemberId;
    if (!id) throw forbiddenError();
    return id;
  }
}

export const treatmentPlanService = new TreatmentPlanService();
