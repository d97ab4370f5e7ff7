import type { EntityManager } from '@mikro-orm/postgresql';
import { DatabaseInstant } from '../../../platform/graphql/scalars';
import { isoInstantSql as iso, preparedStatement } from '../../../platform/db/sql';
import { PRACTICE_TIME_ZONE_SQL } from '../measures/measure-queries';
import type { ChartEvent, ChartNoteHeader, PatientChart } from './chart.types';

export const NOTE_HEADERS = 20;
export const SCORES_PER_INSTRUMENT = 24;
export const TIMELINE_EVENTS = 30;

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const score = (m: string) =>
  `json_build_object('administeredOn', ${day(`${m}.administered_on`)}, 'total', ${m}.total, 'severityLabel', ${m}.severity_label)`;

/** The newest score of one instrument (the (patient, instrument, administered_at) index, read backwards). */
const latestScore = (instrument: string) => `(
    select ${score('m')} from measure_administration m
     where m.patient_id = p.id and m.instrument = '${instrument}'
     order by m.administered_at desc, m.id desc limit 1)`;

const diagnosis = (d: string) =>
  `json_build_object('id', ${d}.id, 'icd10Code', ${d}.icd10code, 'description', ${d}.description, 'isPrimary', ${d}.is_primary)`;

/** Each part of the chart as SQL over the patient row `p` and `today` (the practice's date). */
const PARTS = {
  banner: `json_build_object(
      'patientId', p.id,
      'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name,
      'legalFirstName', p.legal_first_name,
      'legalLastName', p.legal_last_name,
      'dateOfBirth', ${day('p.date_of_birth')},
      'age', extract(year from age(today.d, p.date_of_birth))::int,
      'pronouns', p.pronouns,
      'primaryDiagnosis', (select ${diagnosis('d')} from diagnosis d
                            where d.patient_id = p.id and d.status = 'ACTIVE' and d.is_primary
                            order by d.position, d.id limit 1),
      'allergies', coalesce((
         select json_agg(json_build_object('substance', a.substance, 'severity', a.severity)
                         order by case a.severity when 'SEVERE' then 0 when 'MODERATE' then 1 when 'MILD' then 2 else 3 end,
                                  a.substance, a.id)
           from allergy a where a.patient_id = p.id and a.removed_at is null), '[]'::json),
      'openSafetyAlerts', (select count(*) from safety_alert s where s.patient_id = p.id and s.acknowledged_at is null),
      'latestPhq9', ${latestScore('PHQ9')},
      'latestGad7', ${latestScore('GAD7')})`,
  progressNotes: `coalesce((
      select json_agg(json_build_object(
               'id', n.id, 'dateOfService', ${day('n.date_of_service')}, 'service', n.service, 'status', n.status,
               'signedAt', ${iso('n.signed_at')}, 'authorId', n.author_id,
               'cosignPending', n.status = 'SIGNED' and n.cosigner_id is not null and n.cosigned_at is null)
             order by n.date_of_service desc, n.created_at desc, n.id desc)
        from (select n.id, n.date_of_service, n.service, n.status, n.signed_at, n.author_id, n.cosigner_id,
                     n.cosigned_at, n.created_at
                from progress_note n where n.patient_id = p.id
               order by n.date_of_service desc, n.created_at desc, n.id desc limit ${NOTE_HEADERS}) n), '[]'::json)`,
  activeDiagnoses: `coalesce((
      select json_agg(${diagnosis('d')} order by d.is_primary desc, d.position, d.diagnosed_on, d.id)
        from diagnosis d where d.patient_id = p.id and d.status = 'ACTIVE'), '[]'::json)`,
  scores: `coalesce((
      select json_agg(json_build_object('instrument', i.instrument, 'scores', (
               select json_agg(${score('m')} order by m.administered_at desc, m.id desc)
                 from (select m.id, m.administered_at, m.administered_on, m.total, m.severity_label
                         from measure_administration m where m.patient_id = p.id and m.instrument = i.instrument
                        order by m.administered_at desc, m.id desc limit ${SCORES_PER_INSTRUMENT}) m))
             order by i.instrument)
        from (select distinct instrument from measure_administration where patient_id = p.id) i), '[]'::json)`,
  // Each source contributes at most its newest 30, so the merge never reads a whole history.
  timeline: `coalesce((
      select json_agg(json_build_object(
               'kind', e.kind, 'id', e.id, 'occurredAt', ${iso('e.at')}, 'summary', e.summary, 'status', e.status,
               'total', e.total, 'reviewDueOn', ${day('e.review_due_on')})
             order by e.at desc, e.kind, e.id)
        from (select * from (
                -- The newest visits first, their type's name after: joining the type inside the
                -- ordered pick made the planner loop over types (11 ms against 1 ms this way).
                (select 'VISIT' as kind, v.id, v.starts_at as at,
                        (select t.name from appointment_type t where t.id = v.appointment_type_id) as summary,
                        v.status, null::int as total, null::date as review_due_on
                   from (select a.id, a.starts_at, a.status, a.appointment_type_id
                           from appointment_attendee x
                           join appointment a on a.id = x.appointment_id
                          where x.patient_id = p.id and a.starts_at <= now()
                          order by a.starts_at desc, a.id desc limit ${TIMELINE_EVENTS}) v)
                union all
                (select 'NOTE_SIGNED', n.id, n.signed_at, n.service, null, null, null
                   from progress_note n where n.patient_id = p.id and n.status = 'SIGNED'
                  order by n.signed_at desc, n.id desc limit ${TIMELINE_EVENTS})
                union all
                (select 'MEASURE', m.id, m.administered_at, m.instrument, null, m.total, null
                   from measure_administration m where m.patient_id = p.id
                  order by m.administered_at desc, m.id desc limit ${TIMELINE_EVENTS})
                union all
                (select 'PLAN_ACTIVATED', v.id, v.activated_at, 'Version ' || v.version_number, null, null,
                        case when v.status = 'ACTIVE' then v.review_due_on end
                   from treatment_plan_version v where v.patient_id = p.id and v.activated_at is not null
                  order by v.activated_at desc, v.id desc limit ${TIMELINE_EVENTS})
                union all
                (select 'PRESCRIPTION_SIGNED', r.id, r.signed_at, r.drug_name || ' ' || r.strength, null, null, null
                   from prescription r where r.patient_id = p.id and r.status = 'SIGNED'
                  order by r.signed_at desc, r.id desc limit ${TIMELINE_EVENTS})
              ) u order by u.at desc, u.kind, u.id limit ${TIMELINE_EVENTS}) e), '[]'::json)`,
} as const;

export type ChartPart = keyof typeof PARTS;
export const CHART_PARTS = Object.keys(PARTS) as ChartPart[];

type Wire<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | null };
interface ChartRow {
  chart: Omit<PatientChart, 'progressNotes' | 'timeline'> & {
    progressNotes: Wire<ChartNoteHeader, 'signedAt'>[] | null;
    timeline: Wire<ChartEvent, 'occurredAt'>[] | null;
  };
}

/**
 * A patient's chart in ONE statement that builds the JSON in PostgreSQL (banner, note headers,
 * active diagnoses, scores per instrument, timeline); parts not asked for are left out of it.
 * Care-team scope is the caller's to check first; this reads any patient of the practice, and
 * gives null for an id that is not one.
 */
export async function readPatientChart(
  em: EntityManager,
  practiceId: string,
  patientId: string,
  parts: ReadonlySet<ChartPart>,
): Promise<PatientChart | null> {
  const columns = CHART_PARTS.map((part) => `'${part}', ${parts.has(part) ? PARTS[part] : 'null'}`);
  const [row] = await preparedStatement<ChartRow>(
    em,
    'patient_chart',
    `with today as (select (now() at time zone ${PRACTICE_TIME_ZONE_SQL})::date as d)
     select json_build_object('patientId', p.id, ${columns.join(', ')}) as chart
       from patient p, today
      where p.practice_id = ? and p.id = ?`,
    [practiceId, practiceId, patientId],
  );
  if (!row) return null;
  const { progressNotes, timeline, ...chart } = row.chart;
  return {
    ...chart,
    progressNotes: (progressNotes ?? []).map((note) => ({
      ...note,
      signedAt: note.signedAt === null ? null : new DatabaseInstant(note.signedAt),
    })),
    timeline: (timeline ?? []).map((event) => ({ ...event, occurredAt: new DatabaseInstant(event.occurredAt!) })),
  };
}
