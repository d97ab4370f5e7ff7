import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../platform/db/sql';
import type { AppointmentView } from './appointment.view';

export interface AppointmentFilter {
  practiceId: string;
  /** The range [from, to) appointments overlap; both or neither (reads by id). */
  from?: Date;
  to?: Date;
  facilityId?: string | null;
  providerIds?: readonly string[] | null;
  roomIds?: readonly string[] | null;
  appointmentTypeIds?: readonly string[] | null;
  appointmentIds?: readonly string[] | null;
}

interface AppointmentRow extends Omit<AppointmentView, 'startsAt' | 'endsAt'> {
  startsAt: Date | string;
  endsAt: Date | string;
}

/**
 * The appointments read path (calendar, detail, live updates): one statement returning rows
 * already shaped as AppointmentView, attendees aggregated in SQL. Lists go through SQL rather than entity
 * hydration (STACK.md: hydration cost 7x the CPU of the rows themselves). The range test uses
 * the (practice, facility, starts_at) index; providers' and rooms' gist indexes serve the rest.
 */
export async function readAppointments(em: EntityManager, filter: AppointmentFilter): Promise<AppointmentView[]> {
  const where = ['a.practice_id = ?'];
  const params: unknown[] = [filter.practiceId];
  if (filter.from && filter.to) {
    // Appointments are at most 8 hours long, so the lower bound lets the index bound the scan.
    where.push('a.starts_at < ?', 'a.ends_at > ?', `a.starts_at > ?::timestamptz - interval '8 hours'`);
    params.push(filter.to, filter.from, filter.from);
  }
  const anyOf = (column: string, ids: readonly string[] | null | undefined) => {
    if (!ids) return;
    where.push(`${column} = any(?::uuid[])`);
    params.push(pgArray(ids));
  };
  if (filter.facilityId) {
    where.push('a.facility_id = ?');
    params.push(filter.facilityId);
  }
  anyOf('a.provider_id', filter.providerIds);
  anyOf('a.room_id', filter.roomIds);
  anyOf('a.appointment_type_id', filter.appointmentTypeIds);
  anyOf('a.id', filter.appointmentIds);
  const rows = await em.getConnection().execute<AppointmentRow[]>(
    `select a.id, a.version, a.starts_at as "startsAt", a.ends_at as "endsAt", a.status,
            a.facility_id as "facilityId", a.room_id as "roomId", r.name as "roomName",
            a.provider_id as "providerId", s.first_name || ' ' || s.last_name || ', ' || s.credentials as "providerName",
            s.calendar_color as "providerColor",
            a.appointment_type_id as "appointmentTypeId", t.name as "appointmentTypeName", t.color,
            t.telehealth, a.telehealth_url as "telehealthUrl", a.cancel_reason as "cancelReason",
            a.overridden_warnings as "overriddenWarnings", a.override_reason as "overrideReason",
            a.series_id as "seriesId", sr.rrule as recurrence,
            coalesce((
              select json_agg(json_build_object(
                       'patientId', p.id,
                       'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name,
                       'attendance', at.attendance)
                     order by p.legal_last_name, p.legal_first_name)
                from appointment_attendee at
                join patient p on p.id = at.patient_id
               where at.appointment_id = a.id), '[]'::json) as attendees
       from appointment a
       join staff_member s on s.id = a.provider_id
       join appointment_type t on t.id = a.appointment_type_id
       left join room r on r.id = a.room_id
       left join appointment_series sr on sr.id = a.series_id
      where ${where.join(' and ')}
      order by a.starts_at, s.last_name, a.id`,
    params,
  );
  return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) }));
}
