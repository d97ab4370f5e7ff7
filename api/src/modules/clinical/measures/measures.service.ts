import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { zonedDate } from '../../../platform/time/zoned-time';
import { StaffMember } from '../../identity';
import { Patient } from '../../patients';
import { INSTRUMENTS } from './instruments';
import { daysBetween } from './measure-due';
import { MeasureAdministration } from './measure-administration.entity';
import { MeasureAssignment } from './measure-assignment.entity';
import type { ChangeCategoryValue, SeverityLevelValue } from './measure-enums';
import { MeasureSchedule, MeasureSource, type MeasureInstrument } from './measure-enums';
import { baselineAndLatestFor, practiceTimeZone, practiceToday } from './measure-queries';
import { MeasuresErrorCode, measuresError } from './measures.errors';
import type { AssignMeasureInput, MeasureAnswerInput, RecordMeasureResponsesInput } from './measures.inputs';
import type { MeasureHistory, NotImprovingMeasure } from './measures.types';
import { practiceNormOverrides } from './practice-norms';
import {
  classifyChange,
  isRemission,
  isResponse,
  minimumReliableChange,
  normsFor,
  notImproving,
  reliableChangeIndex,
} from './reliable-change';
import { publishSafetyAlertRaised } from './safety-alert-events';
import { safetyAlertService, staffIdOf } from './safety-alert.service';
import type { SafetyAlert } from './safety-alert.entity';
import { scoredAdministration } from './scored-administration';
import { bandsFor, type Answers, type ScoringContext } from './scoring';

const MAX_HISTORY = 200;
const MAX_WEEKS = 104;

/**
 * Measurement-based care: assigning instruments, recording them in clinic, trends and the
 * caseload's "not improving" list. Only clinicians with a care relationship to the patient (care
 * team, appointments, supervision or an emergency grant: `ctx.access.hasCareRelationship`, as
 * the problem list and notes use) reach a patient's measures; anyone else gets NOT_FOUND.
 */
export class MeasuresService {
  async assign(ctx: RequestContext, input: AssignMeasureInput): Promise<MeasureAssignment> {
    const staffId = staffIdOf(ctx);
    const everyNWeeks = input.schedule === MeasureSchedule.EVERY_N_WEEKS;
    if (everyNWeeks !== (input.intervalWeeks !== null && input.intervalWeeks !== undefined)) {
      throw measuresError(
        MeasuresErrorCode.SCHEDULE_INVALID,
        everyNWeeks ? 'Say every how many weeks (1 to 52).' : 'Only EVERY_N_WEEKS takes a number of weeks.',
        'intervalWeeks',
      );
    }
    const patient = await this.reachablePatient(ctx, input.patientId);
    const active = await ctx.em.count(MeasureAssignment, {
      patient,
      instrument: input.instrument,
      stoppedAt: null,
    });
    if (active > 0) {
      throw measuresError(
        MeasuresErrorCode.ASSIGNMENT_ALREADY_ACTIVE,
        `${INSTRUMENTS[input.instrument].shortTitle} is already assigned: stop that assignment to change its schedule.`,
        'instrument',
      );
    }
    const assignment = ctx.em.create(MeasureAssignment, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      patient,
      instrument: input.instrument,
      schedule: input.schedule,
      intervalWeeks: input.intervalWeeks ?? null,
      startsOn: input.startsOn ?? (await practiceToday(ctx.em, ctx.viewer!.practiceId)),
      assignedBy: ctx.em.getReference(StaffMember, staffId, { wrapped: true }),
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      // Two clinicians assigning at once: the partial unique index lets one through.
      if ((error as { name?: string }).name === 'UniqueConstraintViolationException') {
        throw measuresError(MeasuresErrorCode.ASSIGNMENT_ALREADY_ACTIVE, 'This measure is already assigned.');
      }
      throw error;
    }
    return assignment;
  }

  async stop(ctx: RequestContext, id: string): Promise<MeasureAssignment> {
    const staffId = staffIdOf(ctx);
    const assignment = await this.reachableAssignment(ctx, id);
    if (assignment.stoppedAt) {
      throw measuresError(MeasuresErrorCode.ASSIGNMENT_STOPPED, 'This assignment is already stopped.');
    }
    assignment.stoppedAt = new Date();
    assignment.stoppedBy = ctx.em.getReference(StaffMember, staffId, { wrapped: true });
    await ctx.em.flush();
    return assignment;
  }

  /**
   * Scores and stores a questionnaire answered on the clinic tablet. Everything score-like is
   * computed here; a positive suicide-risk screen raises a safety alert in the same transaction,
   * published live to its clinicians once committed.
   */
  async record(ctx: RequestContext, input: RecordMeasureResponsesInput): Promise<MeasureAdministration> {
    const staffId = staffIdOf(ctx);
    const answers = answersFrom(input.answers);
    const patient = await this.reachablePatient(ctx, input.patientId);
    const code = input.instrument;
    const scoring = scoringContextOf(patient);
    // Throws MeasureInputError (BAD_USER_INPUT, no answer echoed) before anything is written.
    const { values, flags } = scoredAdministration(code, answers, scoring);
    const assignment = input.assignmentId ? await this.assignmentToComplete(ctx, patient, input) : null;
    const practiceId = ctx.viewer!.practiceId;
    const timeZone = await practiceTimeZone(ctx.em, practiceId);
    const now = new Date();

    const { administration, alert } = await ctx.em.transactional(async (em) => {
      const created = em.create(MeasureAdministration, {
        ...values,
        practice: em.getReference(Practice, practiceId),
        patient: em.getReference(Patient, patient.id),
        assignment: assignment ? em.getReference(MeasureAssignment, assignment.id, { wrapped: true }) : null,
        administeredAt: now,
        administeredOn: zonedDate(now, timeZone),
        source: MeasureSource.IN_CLINIC,
        administeredBy: em.getReference(StaffMember, staffId, { wrapped: true }),
      });
      await em.flush();
      const raised: SafetyAlert | null =
        flags.length > 0 ? await safetyAlertService.raise(ctx, em, created, flags) : null;
      return { administration: created, alert: raised };
    });
    if (alert) await publishSafetyAlertRaised(ctx.events, practiceId, alert.id, alert.recipientStaffIds);
    return administration;
  }

  /** One instrument's trajectory: the last `last` administrations, marked against the first ever. */
  async history(ctx: RequestContext, patient: Patient, instrument: MeasureInstrument, last: number) {
    const limit = Math.min(Math.max(Math.trunc(last), 1), MAX_HISTORY);
    const where = { patient: patient.id, instrument };
    const [recent, baseline] = await Promise.all([
      ctx.em.find(MeasureAdministration, where, { orderBy: { administeredAt: 'desc', createdAt: 'desc' }, limit }),
      ctx.em.findOne(MeasureAdministration, where, { orderBy: { administeredAt: 'asc', createdAt: 'asc' } }),
    ]);
    const norms = normsFor(instrument, await practiceNormOverrides(ctx.em, ctx.viewer!.practiceId));
    const history: MeasureHistory = {
      patientId: patient.id,
      instrument,
      maxTotal: INSTRUMENTS[instrument].maxTotal,
      bands: bandsFor(instrument, scoringContextOf(patient)).map((band) => ({
        ...band,
        level: band.level as SeverityLevelValue,
      })),
      norms: norms ? { ...norms, minimumReliableChange: minimumReliableChange(norms) } : null,
      points: recent.reverse().map((point) => {
        const base = baseline!.total;
        const isBaseline = point.id === baseline!.id;
        return {
          patientId: patient.id,
          administrationId: point.id,
          administeredAt: point.administeredAt,
          administeredOn: point.administeredOn,
          total: point.total,
          bandLabel: point.severityLabel,
          bandLevel: point.severityLevel,
          isBaseline,
          changeFromBaseline: point.total - base,
          reliableChangeIndex: norms && !isBaseline ? reliableChangeIndex(base, point.total, norms) : null,
          change: isBaseline
            ? null
            : (classifyChange(base, point.total, instrument, norms) as ChangeCategoryValue | null),
          response: !isBaseline && isResponse(base, point.total),
          remission: isRemission(instrument, point.total),
          safetyFlag: point.safetyFlags.length > 0,
        };
      }),
    };
    return history;
  }

  /**
   * The viewer's care-team patients (not emergency grants) whose scores show no reliable
   * improvement `weeks` after their baseline, per instrument with reliable-change norms.
   * Norms are the practice's where it set its own, otherwise the defaults.
   */
  async notImproving(ctx: RequestContext, weeks: number): Promise<NotImprovingMeasure[]> {
    staffIdOf(ctx);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
      throw measuresError(MeasuresErrorCode.WEEKS_OUT_OF_RANGE, `Weeks must be 1 to ${MAX_WEEKS}.`, 'weeks');
    }
    const practiceId = ctx.viewer!.practiceId;
    const caseload = ctx.access.careRelationshipPatientIds().filter((id) => !ctx.access.isEmergencyAccess(id));
    const [series, today, overrides] = await Promise.all([
      baselineAndLatestFor(ctx.em, practiceId, caseload),
      practiceToday(ctx.em, practiceId),
      practiceNormOverrides(ctx.em, practiceId),
    ]);
    return series
      .filter((s) =>
        notImproving(
          [
            { date: s.baselineOn, total: s.baselineTotal },
            { date: s.latestOn, total: s.latestTotal },
          ],
          weeks,
          s.instrument,
          normsFor(s.instrument, overrides),
          today,
        ),
      )
      .map((s) => ({
        ...s,
        instrument: s.instrument as MeasureInstrument,
        weeksSinceBaseline: Math.floor(daysBetween(s.baselineOn, today) / 7),
      }));
  }

  /** The patient, if the viewer has a care relationship with them; NOT_FOUND otherwise. */
  async reachablePatient(ctx: RequestContext, patientId: string, em: EntityManager = ctx.em): Promise<Patient> {
    staffIdOf(ctx);
    const patient =
      isUuid(patientId) && ctx.access.hasCareRelationship(patientId)
        ? await em.findOne(Patient, { id: patientId })
        : null;
    if (!patient) throw measuresError(MeasuresErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    return patient;
  }

  private async reachableAssignment(ctx: RequestContext, id: string): Promise<MeasureAssignment> {
    const assignment = isUuid(id) ? await ctx.em.findOne(MeasureAssignment, { id }) : null;
    if (!assignment || !ctx.access.hasCareRelationship(assignment.patient.id)) {
      throw measuresError(MeasuresErrorCode.ASSIGNMENT_NOT_FOUND, 'No measure assignment with this id.');
    }
    return assignment;
  }

  private async assignmentToComplete(ctx: RequestContext, patient: Patient, input: RecordMeasureResponsesInput) {
    const assignment = await this.reachableAssignment(ctx, input.assignmentId!);
    if (assignment.patient.id !== patient.id) {
      throw measuresError(
        MeasuresErrorCode.ASSIGNMENT_NOT_FOUND,
        'No measure assignment with this id.',
        'assignmentId',
      );
    }
    if (assignment.instrument !== input.instrument) {
      throw measuresError(
        MeasuresErrorCode.ASSIGNMENT_OTHER_INSTRUMENT,
        'This assignment is for another instrument.',
        'assignmentId',
      );
    }
    if (assignment.stoppedAt) {
      throw measuresError(MeasuresErrorCode.ASSIGNMENT_STOPPED, 'This assignment was stopped.', 'assignmentId');
    }
    return assignment;
  }
}

/** The answers as scoring wants them: one per item, a number or a yes/no; blanks left out. */
function answersFrom(inputs: readonly MeasureAnswerInput[]): Answers {
  const seen = new Set<string>();
  const entries: [string, number | boolean][] = [];
  for (const answer of inputs) {
    if (seen.has(answer.itemId)) {
      throw measuresError(MeasuresErrorCode.ANSWER_DUPLICATED, 'Each item may be answered once.', 'answers');
    }
    seen.add(answer.itemId);
    const hasValue = answer.value !== null && answer.value !== undefined;
    const hasYes = answer.yes !== null && answer.yes !== undefined;
    if (hasValue && hasYes) {
      throw measuresError(
        MeasuresErrorCode.ANSWER_INVALID,
        'Answer an item with a value or with yes/no, not both.',
        'answers',
      );
    }
    if (hasValue) entries.push([answer.itemId, answer.value!]);
    else if (hasYes) entries.push([answer.itemId, answer.yes!]);
  }
  // fromEntries defines own properties, so an id like "__proto__" is just an unknown item.
  return Object.fromEntries(entries);
}

export function scoringContextOf(patient: Patient): ScoringContext {
  const sex = patient.sexAssignedAtBirth;
  return { sex: sex === 'FEMALE' || sex === 'MALE' ? sex : null };
}

export const measuresService = new MeasuresService();
