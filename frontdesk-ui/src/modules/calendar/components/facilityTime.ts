import { addDays, startOfWeek } from 'date-fns';
import { fromZonedTime } from 'date-fns-tz';
import {
  dateKeyOf,
  formatShortDay,
  formatTime,
  formatTimeRange,
  parseDateKey,
  toWall,
  wallToIso,
} from '@handoff/ui-kit';

/**
 * The calendar's own uses of the facility's clock; the crossing between instants and wall times
 * is ui-kit's (format/zonedTime.ts), re-exported here for the calendar's modules.
 */
export {
  dateKeyOf,
  formatDay,
  formatShortDay,
  formatTime,
  formatTimeRange,
  fromWall,
  minutesBetween,
  parseDateKey,
  timeKeyOf,
  todayKey,
  toWall,
  wallToIso,
  zoneName,
} from '@handoff/ui-kit';

/** The practice's weeks run Monday to Sunday (weekday sessions side by side, the weekend last). */
export const WEEK_STARTS_ON = 1;

/**
 * The instants bounding the facility week (Monday 00:00 to the next Monday 00:00, facility time)
 * that holds `dateKey`. The calendar always loads the whole week, so switching day and week or
 * stepping through the days of a week costs no request.
 */
export function weekRange(dateKey: string, timeZone: string): { from: string; to: string } {
  const day = parseDateKey(dateKey) ?? new Date();
  const monday = startOfWeek(day, { weekStartsOn: WEEK_STARTS_ON });
  return {
    from: fromZonedTime(monday, timeZone).toISOString(),
    to: fromZonedTime(addDays(monday, 7), timeZone).toISOString(),
  };
}

/** "Tue, Mar 4, 9:00 – 9:55 AM" on the facility's clock (the day of the start). */
export function formatSlot(startsAt: string, endsAt: string, timeZone: string): string {
  return `${formatShortDay(startsAt, timeZone)}, ${formatTimeRange(startsAt, endsAt, timeZone)}`;
}

/**
 * "Mon, Dec 1 – Wed, Dec 3 (all day)", "Tue, Dec 2, 1:00 – 5:00 PM" or "Mon, Dec 1, 1:00 PM – Tue,
 * Dec 2, 9:00 AM", on the facility's clock.
 */
export function formatTimeOffRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = toWall(startsAt, timeZone);
  const end = toWall(endsAt, timeZone);
  const midnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0;
  if (midnight(start) && midnight(end)) {
    const lastDay = addDays(end, -1);
    const first = formatShortDay(startsAt, timeZone);
    const last = formatShortDay(wallToIso(dateKeyOf(lastDay), '12:00', timeZone), timeZone);
    return first === last ? `${first} (all day)` : `${first} – ${last} (all day)`;
  }
  if (dateKeyOf(start) === dateKeyOf(end)) {
    return `${formatShortDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)} – ${formatTime(endsAt, timeZone)}`;
  }
  return `${formatShortDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)} – ${formatShortDay(endsAt, timeZone)}, ${formatTime(endsAt, timeZone)}`;
}
