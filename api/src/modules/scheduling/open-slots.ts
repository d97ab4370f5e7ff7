import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../platform/db/sql';
import { addDays, zonedDate, zonedInstant } from '../../platform/time/zoned-time';

export interface OpenSlotQuery {
  practiceId: string;
  facilityId: string;
  timeZone: string;
  /** Clinicians to look at; empty means everyone with hours at the facility. */
  providerIds: readonly string[];
  roomId: string | null;
  minutes: number;
  from: Date;
  to: Date;
  first: number;
}

export interface OpenSlot {
  providerId: string;
  providerName: string;
  startsAt: Date;
  endsAt: Date;
}

interface Interval {
  start: number;
  end: number;
}

/** Candidate starts are on this grid, measured from the start of the working block. */
const STEP_MS = 15 * 60_000;

/**
 * The first free slots of the requested length: each provider's working hours at the facility
 * (local time, per weekday) minus their appointments, their time off and, when a room is asked
 * for, the room's bookings. At most three statements whatever the range; the walk is in memory.
 */
export async function findOpenSlots(em: EntityManager, query: OpenSlotQuery): Promise<OpenSlot[]> {
  const connection = em.getConnection();
  const hours = await connection.execute<
    { provider_id: string; provider_name: string; weekday: number; start_time: string; end_time: string }[]
  >(
    `select w.provider_id, s.first_name || ' ' || s.last_name || ', ' || s.credentials as provider_name,
            w.weekday, w.start_time, w.end_time
       from working_hours w join staff_member s on s.id = w.provider_id
      where w.practice_id = ? and w.facility_id = ? and s.active
        and (cardinality(?::uuid[]) = 0 or w.provider_id = any(?::uuid[]))
      order by w.provider_id, w.weekday, w.start_time`,
    [query.practiceId, query.facilityId, pgArray(query.providerIds), pgArray(query.providerIds)],
  );
  const providerNames = new Map(hours.map((h) => [h.provider_id, h.provider_name]));
  const providerIds = [...providerNames.keys()];
  if (providerIds.length === 0) return [];
  const busyRows = await connection.execute<{ provider_id: string; starts_at: Date; ends_at: Date }[]>(
    `select a.provider_id, a.starts_at, a.ends_at from appointment a
      where a.practice_id = ? and a.provider_id = any(?::uuid[]) and a.starts_at < ? and a.ends_at > ?
        and a.status not in ('CANCELLED', 'LATE_CANCELLED', 'NO_SHOW')
     union all
     select o.provider_id, o.starts_at, o.ends_at from time_off o
      where o.practice_id = ? and o.provider_id = any(?::uuid[]) and o.starts_at < ? and o.ends_at > ?`,
    [
      query.practiceId,
      pgArray(providerIds),
      query.to,
      query.from,
      query.practiceId,
      pgArray(providerIds),
      query.to,
      query.from,
    ],
  );
  const roomRows = query.roomId
    ? await connection.execute<{ starts_at: Date; ends_at: Date }[]>(
        `select starts_at, ends_at from appointment
          where practice_id = ? and room_id = ? and starts_at < ? and ends_at > ?
            and status not in ('CANCELLED', 'LATE_CANCELLED', 'NO_SHOW')`,
        [query.practiceId, query.roomId, query.to, query.from],
      )
    : [];
  const interval = (row: { starts_at: Date; ends_at: Date }): Interval => ({
    start: new Date(row.starts_at).getTime(),
    end: new Date(row.ends_at).getTime(),
  });
  const roomBusy = roomRows.map(interval);
  const busyByProvider = new Map(
    providerIds.map((id) => [id, [...busyRows.filter((row) => row.provider_id === id).map(interval), ...roomBusy]]),
  );

  const length = query.minutes * 60_000;
  const from = query.from.getTime();
  const to = query.to.getTime();
  const slots: OpenSlot[] = [];
  const lastDate = zonedDate(query.to, query.timeZone);
  for (let date = zonedDate(query.from, query.timeZone); date <= lastDate; date = addDays(date, 1)) {
    const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const daySlots: OpenSlot[] = [];
    for (const providerId of providerIds) {
      const busy = busyByProvider.get(providerId)!;
      for (const block of hours.filter((h) => h.provider_id === providerId && h.weekday === weekday)) {
        const blockStart = zonedInstant(date, block.start_time, query.timeZone).getTime();
        const blockEnd = zonedInstant(date, block.end_time, query.timeZone).getTime();
        for (let start = blockStart; start + length <= blockEnd; start += STEP_MS) {
          const end = start + length;
          if (start < from || end > to) continue;
          if (busy.some((b) => b.start < end && b.end > start)) continue;
          daySlots.push({
            providerId,
            providerName: providerNames.get(providerId)!,
            startsAt: new Date(start),
            endsAt: new Date(end),
          });
        }
      }
    }
    daySlots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    slots.push(...daySlots);
    if (slots.length >= query.first) return slots.slice(0, query.first);
  }
  return slots;
}
