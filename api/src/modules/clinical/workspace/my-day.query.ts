import type { EntityManager } from '@mikro-orm/postgresql';
import { isoInstantSql as iso, preparedStatement } from '../../../platform/db/sql';
import { DatabaseInstant } from '../../../platform/graphql/scalars';
import { activeAssignmentsSql, type AssignmentRow } from '../measures/measure-queries';
import type { MyDay, MyDayPatient, MyDayVisit } from './my-day.types';

/**
 * Each patient of a visit with their note's state (one row per attendee, their own note), the
 * safety alerts sent to the provider and not yet acknowledged, the active plan's review date
 * when it falls within a week, and the active measure assignments (what is due is decided in
 * TypeScript by the measures rules, so "my day" stays one statement).
 */
const VISIT_PATIENTS = `coalesce((
    select json_agg(json_build_object(
             'patientId', p.id,
             'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name,
             'attendance', at.attendance,
             'noteId', n.id,
             'noteStatus', case
                when n.id is null then 'NOT_STARTED'
                when n.status = 'DRAFT' then 'DRAFT'
                when n.cosigner_id is not null and n.cosigned_at is null then 'AWAITING_COSIGNATURE'
                else 'SIGNED' end,
             'openSafetyAlerts', (
                select count(*) from safety_alert sa
                 where sa.patient_id = p.id and sa.acknowledged_at is null
                   and a.provider_id = any(sa.recipient_staff_ids)),
             'planReviewDueOn', (
                select v.review_due_on::text from treatment_plan_version v
                 where v.patient_id = p.id and v.status = 'ACTIVE' and v.review_due_on <= day.d + 7),
             'assignments', (
                select coalesce(json_agg(x), '[]'::json)
                  from (${activeAssignmentsSql('ma.patient_id = p.id', 'day.d')}) x))
           order by p.legal_last_name, p.legal_first_name)
      from appointment_attendee at
      join patient p on p.id = at.patient_id
      left join progress_note n on n.appointment_id = a.id and n.patient_id = p.id
     where at.appointment_id = a.id), '[]'::json)`;

/** A visit's patient as read here: what is due is decided afterwards, from the assignments. */
export type VisitPatientRow = Omit<MyDayPatient, 'measuresDue'> & { assignments: AssignmentRow[] };
export type VisitRow = Omit<MyDayVisit, 'patients'> & { patients: VisitPatientRow[] };
export type MyDayRead = Omit<MyDay, 'visits'> & { visits: VisitRow[] };

interface MyDayRow {
  date: string;
  timeZone: string;
  facilityIds: string[];
  visits: (Omit<VisitRow, 'startsAt' | 'endsAt'> & { startsAt: string; endsAt: string })[];
}

/**
 * A provider's appointments of one day with each attendee's note state, in ONE statement. The
 * day is the practice's (its first facility's time zone; a practice spanning zones sees the
 * day of its first facility — the common case is one zone). Without a date, today there.
 * Cancelled visits are left out: there is nothing to document; no-shows stay (they may bill a fee
 * and want a note). The range uses the (provider_id, starts_at) index.
 */
export async function readMyDay(
  em: EntityManager,
  practiceId: string,
  providerId: string,
  date: string | null,
): Promise<MyDayRead> {
  const [row] = await preparedStatement<MyDayRow>(
    em,
    'my_day',
    `with day as (
       select coalesce(?::date, (now() at time zone z.tz)::date) as d, z.tz
         from (select coalesce((select time_zone from facility where practice_id = ?
                                 order by created_at, id limit 1), 'UTC') as tz) z)
     select day.d::text as "date", day.tz as "timeZone",
            (select coalesce(json_agg(f.id order by f.name), '[]'::json) from facility f where f.practice_id = ?)
              as "facilityIds",
            (select coalesce(json_agg(json_build_object(
                      'appointmentId', a.id,
                      'startsAt', ${iso('a.starts_at')},
                      'endsAt', ${iso('a.ends_at')},
                      'status', a.status,
                      'appointmentTypeName', t.name,
                      'defaultCpt', t.default_cpt_code,
                      'telehealth', t.telehealth,
                      'telehealthUrl', a.telehealth_url,
                      'roomName', r.name,
                      'patients', ${VISIT_PATIENTS})
                    order by a.starts_at, a.id), '[]'::json)
               from appointment a
               join appointment_type t on t.id = a.appointment_type_id
               left join room r on r.id = a.room_id
              where a.practice_id = ? and a.provider_id = ?
                and a.starts_at >= (day.d::timestamp at time zone day.tz)
                and a.starts_at < ((day.d + 1)::timestamp at time zone day.tz)
                and a.status not in ('CANCELLED', 'LATE_CANCELLED')) as visits
       from day`,
    [date, practiceId, practiceId, practiceId, providerId],
  );
  const result = row!;
  return {
    date: result.date,
    timeZone: result.timeZone,
    facilityIds: result.facilityIds,
    visits: result.visits.map((visit) => ({
      ...visit,
      startsAt: new DatabaseInstant(visit.startsAt),
      endsAt: new DatabaseInstant(visit.endsAt),
    })),
  };
}
