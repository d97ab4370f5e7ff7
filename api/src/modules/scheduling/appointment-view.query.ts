import type { EntityManager } from '@mikro-orm/postgresql';
import { isoInstantSql as iso, pgArray } from '../../platform/db/sql';
import { DatabaseInstant } from '../../platform/graphql/scalars';
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
  /**
   * The view fields wanted (a GraphQL selection); others are left out of the statement. Without
   * it, every field (live updates, detail, code that reads the view).
   */
  fields?: ReadonlySet<string> | null;
  /** A subquery selecting appointment ids, so a ranked pick and its rows are one statement. */
  appointmentIdsFrom?: { sql: string; params: readonly unknown[] } | null;
}

interface AppointmentRow extends Omit<AppointmentView, 'startsAt' | 'endsAt'> {
  /** ISO-8601 UTC text, written by PostgreSQL, kept for the response (DatabaseInstant). */
  startsAt: string;
  endsAt: string;
}

/** Each view field as SQL (aliases: a appointment, s provider, t type, r room, sr series). */
const COLUMNS: Record<string, string> = {
  id: 'a.id',
  version: 'a.version',
  startsAt: iso('a.starts_at'),
  endsAt: iso('a.ends_at'),
  status: 'a.status',
  facilityId: 'a.facility_id',
  roomId: 'a.room_id',
  roomName: 'r.name',
  providerId: 'a.provider_id',
  providerName: `s.first_name || ' ' || s.last_name || ', ' || s.credentials`,
  providerColor: 's.calendar_color',
  appointmentTypeId: 'a.appointment_type_id',
  appointmentTypeName: 't.name',
  color: 't.color',
  telehealth: 't.telehealth',
  telehealthUrl: 'a.telehealth_url',
  cancelReason: 'a.cancel_reason',
  overriddenWarnings: 'a.overridden_warnings',
  overrideReason: 'a.override_reason',
  seriesId: 'a.series_id',
  recurrence: 'sr.rrule',
  attendees: `coalesce((
    select json_agg(json_build_object(
             'patientId', p.id,
             'displayName', coalesce(p.preferred_name, p.legal_first_name) || ' ' || p.legal_last_name,
             'attendance', at.attendance)
           order by p.legal_last_name, p.legal_first_name)
      from appointment_attendee at
      join patient p on p.id = at.patient_id
     where at.appointment_id = a.id), '[]'::json)`,
};

/** Read whatever the selection: identity and times (the view's Dates, sorting, grouping by patient). */
const ALWAYS = new Set(['id', 'startsAt', 'endsAt']);

/**
 * The appointments read path (calendar, detail, live updates): one statement returning the
 * appointments already shaped as AppointmentView, attendees included, as ONE json array that
 * PostgreSQL builds. Lists go through SQL rather than entity hydration (STACK.md: hydration cost
 * 7x the CPU of the rows themselves), and one JSON.parse of the array costs the API a fraction of
 * what decoding twenty typed columns per row does (bench/ratio.mjs, in-process read path). The
 * range test uses the (practice, facility, starts_at) index; providers' and rooms' gist indexes
 * serve the rest.
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
  if (filter.appointmentIdsFrom) {
    where.push(`a.id in (${filter.appointmentIdsFrom.sql})`);
    params.push(...filter.appointmentIdsFrom.params);
  }
  const wanted = (field: string) => !filter.fields || ALWAYS.has(field) || filter.fields.has(field);
  const columns = Object.entries(COLUMNS).filter(([field]) => wanted(field));
  const joins = [
    ['appointmentTypeName', 'color', 'telehealth'].some(wanted)
      ? 'join appointment_type t on t.id = a.appointment_type_id'
      : '',
    wanted('roomName') ? 'left join room r on r.id = a.room_id' : '',
    wanted('recurrence') ? 'left join appointment_series sr on sr.id = a.series_id' : '',
  ];
  const [result] = await em.getConnection().execute<{ rows: AppointmentRow[] }[]>(
    `select coalesce(json_agg(json_build_object(${columns.map(([field, sql]) => `'${field}', ${sql}`).join(', ')})
            order by a.starts_at, s.last_name, a.id), '[]'::json) as rows
       from appointment a
       join staff_member s on s.id = a.provider_id
       ${joins.join('\n       ')}
      where ${where.join(' and ')}`,
    params,
  );
  // In place: the rows are this statement's own, and a copy of each would only be more garbage.
  const rows = result!.rows as unknown as AppointmentView[];
  for (const row of rows) {
    row.startsAt = new DatabaseInstant(row.startsAt as unknown as string);
    row.endsAt = new DatabaseInstant(row.endsAt as unknown as string);
  }
  return rows;
}
