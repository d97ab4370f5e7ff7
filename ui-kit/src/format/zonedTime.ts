import { format } from 'date-fns';
import { fromZonedTime, toZonedTime } from 'date-fns-tz';

/**
 * Times on a facility's clock, wherever the browser is: appointments, session times and notes are
 * shown and entered as a clock on the facility's wall reads them (a clinician working from another
 * state still sees the 2:00 PM session as 2:00 PM). Widgets that lay a Date out by its
 * browser-local fields (react-big-calendar, time inputs) are fed "wall" Dates: a Date whose local
 * fields read the facility's clock at that instant. These functions are the only crossing between
 * instants (what the API sends and takes) and wall times (what the screens show); nothing else converts.
 */

/** An instant (ISO string or Date) → the facility's wall time, as a browser-local Date. */
export function toWall(instant: string | Date, timeZone: string): Date {
  return toZonedTime(instant, timeZone);
}

/** A facility wall time (browser-local fields) → the instant it names in the facility's zone. */
export function fromWall(wall: Date, timeZone: string): Date {
  return fromZonedTime(wall, timeZone);
}

/** "2031-03-04" + "09:30" at the facility → the instant, as the API wants it (ISO 8601, UTC). */
export function wallToIso(dateKey: string, time: string, timeZone: string): string {
  return fromZonedTime(`${dateKey}T${time}:00`, timeZone).toISOString();
}

/** A wall Date → "2031-03-04" (its local calendar date, never through UTC). */
export function dateKeyOf(wall: Date): string {
  return format(wall, 'yyyy-MM-dd');
}

/** A wall Date → "09:30". */
export function timeKeyOf(wall: Date): string {
  return format(wall, 'HH:mm');
}

/** "2031-03-04" → that day's local midnight, or null when the text is not a real date. */
export function parseDateKey(key: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key ?? '');
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateKeyOf(date) === key ? date : null;
}

/** Today on the facility's wall calendar. */
export function todayKey(timeZone: string): string {
  return dateKeyOf(toWall(new Date(), timeZone));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and a calendar formats hundreds of times: keep one per use. */
function formatter(timeZone: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${timeZone}|${key}`;
  let cached = formatters.get(id);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
    formatters.set(id, cached);
  }
  return cached;
}

/** "9:00 – 9:55 AM" on the facility's clock. */
export function formatTimeRange(startsAt: string, endsAt: string, timeZone: string): string {
  return formatter(timeZone, 'time', { hour: 'numeric', minute: '2-digit' }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}

/** "Tue, Mar 4, 2031" on the facility's calendar. */
export function formatDay(instant: string, timeZone: string): string {
  return formatter(timeZone, 'day', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(
    new Date(instant),
  );
}

/** "Tue, Mar 4" on the facility's calendar (no year: for lists of the coming weeks). */
export function formatShortDay(instant: string, timeZone: string): string {
  return formatter(timeZone, 'weekday', { weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(instant));
}

/** "9:00 AM" on the facility's clock. */
export function formatTime(instant: string, timeZone: string): string {
  return formatter(timeZone, 'time', { hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

/** "Central Time" (the zone's generic name, the same in summer and winter). */
export function zoneName(timeZone: string, at: Date = new Date()): string {
  const part = formatter(timeZone, 'zone', { timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** " (Central Time)" when the browser's clock is not the zone's, so nobody enters the wrong hour; else "". */
export function zoneHint(timeZone: string): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone === timeZone ? '' : ` (${zoneName(timeZone)})`;
}

/** Whole minutes between two instants. */
export function minutesBetween(startsAt: string | Date, endsAt: string | Date): number {
  return Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000);
}
