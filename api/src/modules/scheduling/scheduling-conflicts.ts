import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../platform/db/sql';
import { SchedulingWarning } from './appointment.entity';

/** The slot being booked or moved to. */
export interface Slot {
  practiceId: string;
  providerId: string;
  facilityId: string;
  roomId: string | null;
  patientIds: readonly string[];
  /** A video visit: every patient needs a telehealth consent in force. */
  telehealth: boolean;
  startsAt: Date;
  endsAt: Date;
  /** The appointment being moved, which must not conflict with itself. */
  appointmentId: string | null;
}

export interface BusyConflict {
  resource: 'PROVIDER' | 'ROOM';
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
}

const NO_APPOINTMENT = '00000000-0000-0000-0000-000000000000';

/**
 * The appointment that holds the provider's or room's time in this slot, if any. The exclusion
 * constraints are what guarantee it under concurrency; this names the culprit for the user.
 */
export async function findBusyConflict(em: EntityManager, slot: Slot): Promise<BusyConflict | null> {
  const rows = await em
    .getConnection()
    .execute<{ id: string; starts_at: Date; ends_at: Date; resource: 'PROVIDER' | 'ROOM' }[]>(
      `select a.id, a.starts_at, a.ends_at, case when a.provider_id = ? then 'PROVIDER' else 'ROOM' end as resource
       from appointment a
      where a.practice_id = ? and a.id <> ?
        and (a.provider_id = ? or a.room_id = ?)
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(?, ?)
        and a.status not in ('CANCELLED', 'LATE_CANCELLED', 'NO_SHOW')
      order by (a.provider_id = ?) desc, a.starts_at
      limit 1`,
      [
        slot.providerId,
        slot.practiceId,
        slot.appointmentId ?? NO_APPOINTMENT,
        slot.providerId,
        slot.roomId,
        slot.startsAt,
        slot.endsAt,
        slot.providerId,
      ],
    );
  const row = rows[0];
  return row
    ? {
        resource: row.resource,
        appointmentId: row.id,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
      }
    : null;
}

/**
 * Soft problems with a slot, each of which staff may override with a reason, in one statement:
 * a patient already booked at an overlapping time; outside the provider's working hours at this
 * facility (only once hours are configured for the provider); during the provider's time off;
 * a patient with insurance on file but none in force on the appointment's date; a video visit
 * for a patient without a telehealth consent in force.
 */
export async function findWarnings(em: EntityManager, slot: Slot): Promise<SchedulingWarning[]> {
  const [row] = await em.getConnection().execute<
    {
      patient_busy: boolean;
      hours_configured: boolean;
      within_hours: boolean;
      time_off: boolean;
      uninsured: boolean;
      no_telehealth_consent: boolean;
    }[]
  >(
    `with slot as (
       select ?::timestamptz as starts_at, ?::timestamptz as ends_at,
              (?::timestamptz at time zone f.time_zone) as local_start,
              (?::timestamptz at time zone f.time_zone) as local_end
         from facility f where f.id = ?
     )
     select
       exists(select 1 from appointment_attendee at
                join appointment a on a.id = at.appointment_id, slot
               where at.patient_id = any(?::uuid[]) and a.id <> ? and a.practice_id = ?
                 and tstzrange(a.starts_at, a.ends_at) && tstzrange(slot.starts_at, slot.ends_at)
                 and a.status not in ('CANCELLED', 'LATE_CANCELLED', 'NO_SHOW')) as patient_busy,
       exists(select 1 from working_hours w where w.provider_id = ?) as hours_configured,
       exists(select 1 from working_hours w, slot
               where w.provider_id = ? and w.facility_id = ?
                 and w.weekday = extract(isodow from slot.local_start)
                 and slot.local_start::date = slot.local_end::date
                 and w.start_time <= to_char(slot.local_start, 'HH24:MI')
                 and w.end_time >= to_char(slot.local_end, 'HH24:MI')) as within_hours,
       exists(select 1 from time_off o, slot
               where o.provider_id = ?
                 and tstzrange(o.starts_at, o.ends_at) && tstzrange(slot.starts_at, slot.ends_at)) as time_off,
       exists(select 1 from unnest(?::uuid[]) as pid(id), slot
               where exists(select 1 from insurance_policy ip where ip.patient_id = pid.id)
                 and not exists(select 1 from insurance_policy ip
                                 where ip.patient_id = pid.id
                                   and ip.effective_from <= slot.local_start::date
                                   and (ip.effective_to is null or ip.effective_to >= slot.local_start::date))) as uninsured,
       ?::boolean and exists(select 1 from unnest(?::uuid[]) as pid(id), slot
               where not exists(select 1 from consent c
                                 where c.patient_id = pid.id and c.kind = 'TELEHEALTH' and c.revoked_at is null
                                   and (c.expires_on is null or c.expires_on >= slot.local_start::date))) as no_telehealth_consent`,
    [
      slot.startsAt,
      slot.endsAt,
      slot.startsAt,
      slot.endsAt,
      slot.facilityId,
      pgArray(slot.patientIds),
      slot.appointmentId ?? NO_APPOINTMENT,
      slot.practiceId,
      slot.providerId,
      slot.providerId,
      slot.facilityId,
      slot.providerId,
      pgArray(slot.patientIds),
      slot.telehealth,
      pgArray(slot.patientIds),
    ],
  );
  const warnings: SchedulingWarning[] = [];
  if (!row) return warnings;
  if (row.patient_busy) warnings.push(SchedulingWarning.PATIENT_DOUBLE_BOOKED);
  if (row.hours_configured && !row.within_hours) warnings.push(SchedulingWarning.OUTSIDE_WORKING_HOURS);
  if (row.time_off) warnings.push(SchedulingWarning.DURING_TIME_OFF);
  if (row.uninsured) warnings.push(SchedulingWarning.INSURANCE_EXPIRED);
  if (row.no_telehealth_consent) warnings.push(SchedulingWarning.NO_TELEHEALTH_CONSENT);
  return warnings;
}
