import type { RecurrenceFrequency } from '../../../gql/graphql';

/** "Repeats" in the booking form: no series, or one of the API's frequencies. */
export type RepeatChoice = 'NONE' | RecurrenceFrequency;

/** The API books at most this many visits in one series. */
export const MAX_VISITS = 104;

const ORDINALS = ['1st', '2nd', '3rd', '4th'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function partsOf(dateKey: string): [number, number, number] {
  return dateKey.split('-').map(Number) as [number, number, number];
}

function iso(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/**
 * Which weekday of the month a date is, as the API repeats it monthly: "2nd Tuesday", or "last
 * Friday" from the 29th on (there is no 5th Friday in most months).
 */
export function monthlyWeekdayLabel(dateKey: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateKey)) return null;
  const [year, month, day] = partsOf(dateKey);
  const weekday = WEEKDAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return day >= 29 ? `last ${weekday}` : `${ORDINALS[Math.ceil(day / 7) - 1]} ${weekday}`;
}

/** The weekday a date falls on ("Tuesday"), for "Weekly on Tuesday". */
export function weekdayName(dateKey: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateKey)) return null;
  const [year, month, day] = partsOf(dateKey);
  return WEEKDAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

function nthWeekday(year: number, monthIndex: number, weekday: number, nth: number): string | null {
  if (nth === -1) {
    const last = new Date(Date.UTC(year, monthIndex + 1, 0));
    return iso(year, monthIndex, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = new Date(Date.UTC(year, monthIndex, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  const candidate = new Date(Date.UTC(year, monthIndex, day));
  return candidate.getUTCMonth() === monthIndex ? iso(year, monthIndex, day) : null;
}

/**
 * The dates of every visit, the first included, computed as the API computes them
 * (api/src/modules/scheduling/recurrence.ts), only to preview the series before it is booked:
 * "4 visits, the last on Wed, Dec 23". The API stays the authority on what is booked.
 */
export function previewDates(
  firstDate: string,
  rule: { frequency: RecurrenceFrequency; count?: number | null; until?: string | null },
): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDate)) return [];
  const limit = Math.min(rule.count ?? MAX_VISITS, MAX_VISITS);
  const [year, month, day] = partsOf(firstDate);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const nth = day >= 29 ? -1 : Math.ceil(day / 7);
  const dates: string[] = [];
  for (let step = 0; dates.length < limit && step < MAX_VISITS * 2; step++) {
    const date =
      rule.frequency === 'MONTHLY_BY_WEEKDAY'
        ? nthWeekday(year, month - 1 + step, weekday, nth)
        : iso(year, month - 1, day + step * (rule.frequency === 'WEEKLY' ? 7 : 14));
    if (!date) continue;
    if (rule.until && date > rule.until) break;
    dates.push(date);
  }
  return dates;
}

/** The "Repeats" options, worded for the date picked ("Monthly on the 2nd Tuesday"). */
export function repeatOptions(dateKey: string): { value: RepeatChoice; label: string }[] {
  const weekday = weekdayName(dateKey);
  const monthly = monthlyWeekdayLabel(dateKey);
  return [
    { value: 'NONE', label: 'Does not repeat' },
    { value: 'WEEKLY', label: weekday ? `Weekly on ${weekday}` : 'Weekly' },
    { value: 'EVERY_TWO_WEEKS', label: weekday ? `Every 2 weeks on ${weekday}` : 'Every 2 weeks' },
    { value: 'MONTHLY_BY_WEEKDAY', label: monthly ? `Monthly on the ${monthly}` : 'Monthly, same weekday' },
  ];
}
