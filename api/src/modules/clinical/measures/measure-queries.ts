/**
 * Batch reads for lists (caseload, "my day"): raw SQL with a fixed number of statements however
 * many patients are asked for (STACK.md: entity hydration cost 7x raw rows on list paths).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { PRACTICE_FILTER, type PracticeFilterArgs } from '../../../platform/db/practice-scoped.entity';
import { isoInstantSql as iso, pgArray } from '../../../platform/db/sql';
import { DatabaseInstant } from '../../../platform/graphql/scalars';
import { INSTRUMENT_CODES, type InstrumentCode } from './instruments';
import { measuresDue, type DueSchedule } from './measure-due';
import { ScoreTrend, type MeasureInstrument, type MeasureSchedule, type SeverityLevelValue } from './measure-enums';
import type { DueMeasure, LatestScore } from './measures.types';

/**
 * The practice's time zone: its first facility's (the convention of "my day"; a practice
 * spanning zones counts days in its first facility's), UTC before it has one.
 */
export const PRACTICE_TIME_ZONE_SQL = `coalesce((select time_zone from facility where practice_id = ?
                                        order by created_at, id limit 1), 'UTC')`;

export async function practiceTimeZone(em: EntityManager, practiceId: string): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<{ tz: string }[]>(
      `select ${PRACTICE_TIME_ZONE_SQL} as tz`,
      [practiceId],
      'all',
      em.getTransactionContext(),
    );
  return row!.tz;
}

/** Today in the practice's time zone, YYYY-MM-DD. */
export async function practiceToday(em: EntityManager, practiceId: string): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<{ today: string }[]>(`select (now() at time zone ${PRACTICE_TIME_ZONE_SQL})::date::text as today`, [
      practiceId,
    ]);
  return row!.today;
}

/** The practice the EntityManager is bound to; raw SQL must scope by it as the ORM filter would. */
function boundPractice(em: EntityManager): string {
  const params = em.getFilterParams<PracticeFilterArgs>(PRACTICE_FILTER) as PracticeFilterArgs | undefined;
  if (!params?.practiceId) throw new Error('The EntityManager is not bound to a practice.');
  return params.practiceId;
}

/** An active assignment with its latest counting completion, as activeAssignmentsSql selects it. */
export interface AssignmentRow {
  id: string;
  patient_id: string;
  instrument: InstrumentCode;
  schedule: DueSchedule;
  interval_weeks: number | null;
  starts_on: string;
  last_completed_on: string | null;
}

/**
 * SQL selecting AssignmentRows: the active assignments of the patients `patientCondition`
 * selects (a condition on `ma.patient_id`), started by `date` (an SQL date expression), each with
 * its latest completion since it started. Embeddable as a subquery (my day reads it per visit).
 */
export function activeAssignmentsSql(patientCondition: string, date: string): string {
  return `select ma.id, ma.patient_id, ma.instrument, ma.schedule, ma.interval_weeks, ma.starts_on::text as starts_on,
            (select max(m.administered_on)::text
               from measure_administration m
              where m.patient_id = ma.patient_id and m.instrument = ma.instrument
                and m.administered_on between ma.starts_on and ${date}) as last_completed_on
       from measure_assignment ma
      where ${patientCondition} and ma.stopped_at is null and ma.starts_on <= ${date}
      order by ma.created_at, ma.id`;
}

/** One patient's due measures from their active assignments (measure-due.ts has the rules). */
export function dueFromAssignments(
  patientId: string,
  rows: readonly AssignmentRow[],
  hasAppointment: boolean,
  date: string,
): DueMeasure[] {
  const due = measuresDue(
    rows.map((row) => ({
      id: row.id,
      instrument: row.instrument,
      schedule: row.schedule,
      intervalWeeks: row.interval_weeks,
      startsOn: row.starts_on,
      active: true,
    })),
    // Each assignment's latest counting completion is all the rules look at.
    rows.flatMap((row) =>
      row.last_completed_on ? [{ instrument: row.instrument, completedOn: row.last_completed_on }] : [],
    ),
    hasAppointment ? [date] : [],
    date,
  );
  return due.map((d) => ({
    patientId,
    instrument: d.instrument as MeasureInstrument,
    assignmentId: d.assignmentId,
    schedule: d.schedule as MeasureSchedule,
    lastCompletedOn: d.lastCompletedOn,
  }));
}

/**
 * The measures due on `date` for each patient, in two statements whatever the number of
 * patients: active assignments with their latest counting completion, then which of the
 * patients have a (not cancelled) appointment that day in its facility's time zone. The rules
 * are `measuresDue`'s. Callers pass only patients the viewer may see.
 */
export async function measuresDueFor(
  em: EntityManager,
  practiceId: string,
  patientIds: readonly string[],
  date: string,
): Promise<Map<string, DueMeasure[]>> {
  const result = new Map<string, DueMeasure[]>(patientIds.map((id) => [id, []]));
  if (patientIds.length === 0) return result;
  const connection = em.getConnection();
  const assignments = await connection.execute<AssignmentRow[]>(
    activeAssignmentsSql('ma.practice_id = ? and ma.patient_id = any(?::uuid[])', '?::date'),
    [date, practiceId, pgArray(patientIds), date],
  );
  if (assignments.length === 0) return result;
  const withAppointment = await connection.execute<{ patient_id: string }[]>(
    `select distinct at.patient_id
       from appointment_attendee at
       join appointment a on a.id = at.appointment_id
       join facility f on f.id = a.facility_id
      where at.practice_id = ? and at.patient_id = any(?::uuid[])
        and a.status not in ('CANCELLED', 'LATE_CANCELLED') and at.attendance <> 'CANCELLED'
        and a.starts_at >= ?::date - 1 and a.starts_at < ?::date + 2
        and (a.starts_at at time zone f.time_zone)::date = ?::date`,
    [practiceId, pgArray([...new Set(assignments.map((a) => a.patient_id))]), date, date, date],
  );
  const appointmentToday = new Set(withAppointment.map((row) => row.patient_id));
  const byPatient = new Map<string, AssignmentRow[]>();
  for (const row of assignments) byPatient.set(row.patient_id, [...(byPatient.get(row.patient_id) ?? []), row]);
  for (const [patientId, rows] of byPatient) {
    result.set(patientId, dueFromAssignments(patientId, rows, appointmentToday.has(patientId), date));
  }
  return result;
}

interface LatestRow {
  patient_id: string;
  instrument: InstrumentCode;
  total: number;
  severity_label: string;
  severity_level: SeverityLevelValue;
  administered_at: string;
  previous_total: number | null;
}

/**
 * Each patient's latest score per instrument with its direction against the score before, in
 * ONE statement (the caseload list and chart banner). Trend is the raw direction of the total;
 * whether a change is reliable is `measureHistory`'s job. Scoped to the EntityManager's practice.
 */
export async function latestScoresFor(
  em: EntityManager,
  patientIds: readonly string[],
): Promise<Map<string, LatestScore[]>> {
  const result = new Map<string, LatestScore[]>(patientIds.map((id) => [id, []]));
  if (patientIds.length === 0) return result;
  const rows = await em.getConnection().execute<LatestRow[]>(
    `select patient_id, instrument, total, severity_label, severity_level, administered_at, previous_total
       from (select m.patient_id, m.instrument, m.total, m.severity_label, m.severity_level,
                    ${iso('m.administered_at')} as administered_at,
                    lead(m.total) over w as previous_total,
                    row_number() over w as position
               from measure_administration m
              where m.practice_id = ? and m.patient_id = any(?::uuid[])
             window w as (partition by m.patient_id, m.instrument order by m.administered_at desc, m.created_at desc)) s
      where position = 1
      order by patient_id, array_position(?::text[], instrument)`,
    [boundPractice(em), pgArray(patientIds), pgArray(INSTRUMENT_CODES)],
  );
  for (const row of rows) {
    result.get(row.patient_id)?.push({
      patientId: row.patient_id,
      instrument: row.instrument as MeasureInstrument,
      total: row.total,
      bandLabel: row.severity_label,
      bandLevel: row.severity_level,
      administeredAt: new DatabaseInstant(row.administered_at),
      trend: trendOf(row.total, row.previous_total),
    });
  }
  return result;
}

function trendOf(latest: number, previous: number | null): ScoreTrend | null {
  if (previous === null) return null;
  if (latest > previous) return ScoreTrend.UP;
  if (latest < previous) return ScoreTrend.DOWN;
  return ScoreTrend.FLAT;
}

export interface BaselineAndLatest {
  patientId: string;
  instrument: InstrumentCode;
  baselineOn: string;
  baselineTotal: number;
  latestOn: string;
  latestTotal: number;
}

/** First and latest score per patient and instrument, in one statement. */
export async function baselineAndLatestFor(
  em: EntityManager,
  practiceId: string,
  patientIds: readonly string[],
): Promise<BaselineAndLatest[]> {
  if (patientIds.length === 0) return [];
  const rows = await em.getConnection().execute<
    {
      patient_id: string;
      instrument: InstrumentCode;
      baseline_on: string;
      baseline_total: number;
      latest_on: string;
      latest_total: number;
    }[]
  >(
    `select distinct on (m.patient_id, m.instrument) m.patient_id, m.instrument,
            first_value(m.administered_on::text) over w as baseline_on,
            first_value(m.total) over w as baseline_total,
            last_value(m.administered_on::text) over w as latest_on,
            last_value(m.total) over w as latest_total
       from measure_administration m
      where m.practice_id = ? and m.patient_id = any(?::uuid[])
     window w as (partition by m.patient_id, m.instrument order by m.administered_at, m.created_at
                  rows between unbounded preceding and unbounded following)
      order by m.patient_id, m.instrument`,
    [practiceId, pgArray(patientIds)],
  );
  return rows.map((row) => ({
    patientId: row.patient_id,
    instrument: row.instrument,
    baselineOn: row.baseline_on,
    baselineTotal: row.baseline_total,
    latestOn: row.latest_on,
    latestTotal: row.latest_total,
  }));
}

/** Unacknowledged safety alerts per patient, in one statement ("my day" shows the count). */
export async function openSafetyAlertCountsFor(
  em: EntityManager,
  practiceId: string,
  patientIds: readonly string[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>(patientIds.map((id) => [id, 0]));
  if (patientIds.length === 0) return result;
  const rows = await em.getConnection().execute<{ patient_id: string; open: number }[]>(
    `select patient_id, count(*)::int as open
       from safety_alert
      where practice_id = ? and patient_id = any(?::uuid[]) and acknowledged_at is null
      group by patient_id`,
    [practiceId, pgArray(patientIds)],
  );
  for (const row of rows) result.set(row.patient_id, row.open);
  return result;
}
