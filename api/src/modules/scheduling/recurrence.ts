import { registerEnumType } from 'type-graphql';

export enum RecurrenceFrequency {
  WEEKLY = 'WEEKLY',
  EVERY_TWO_WEEKS = 'EVERY_TWO_WEEKS',
  /** The same weekday of the month as the first visit: "2nd Tuesday", or "last Friday" from the 29th on. */
  MONTHLY_BY_WEEKDAY = 'MONTHLY_BY_WEEKDAY',
}
registerEnumType(RecurrenceFrequency, { name: 'RecurrenceFrequency' });

export interface RecurrenceRule {
  frequency: RecurrenceFrequency;
  /** How many visits in all, the first included. */
  count?: number | null;
  /** Last local date a visit may fall on (YYYY-MM-DD). */
  until?: string | null;
}

/** No series runs further than this, whatever count/until say. */
export const MAX_OCCURRENCES = 104;

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** Normalises day/month overflow (Date.UTC does), e.g. March 35th is April 4th. */
function iso(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** The nth (1-5, or -1 for last) given weekday of a month, or null when it does not exist. */
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
 * Local dates of every visit of a series starting on `firstDate` (the first included). Times
 * are kept as wall-clock time by the caller, so a 10:00 visit stays at 10:00 across DST.
 */
export function occurrenceDates(firstDate: string, rule: RecurrenceRule): string[] {
  const limit = Math.min(rule.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const [year, month, day] = parts(firstDate);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const nth = day >= 29 ? -1 : Math.ceil(day / 7);
  const dates: string[] = [];
  for (let step = 0; dates.length < limit && step < MAX_OCCURRENCES * 2; step++) {
    const date =
      rule.frequency === RecurrenceFrequency.MONTHLY_BY_WEEKDAY
        ? nthWeekday(year, month - 1 + step, weekday, nth)
        : iso(year, month - 1, day + step * (rule.frequency === RecurrenceFrequency.WEEKLY ? 7 : 14));
    if (!date) continue;
    if (rule.until && date > rule.until) break;
    dates.push(date);
  }
  return dates;
}

/** The RFC 5545 RRULE for the series, kept on it for calendars and exports. */
export function toRrule(firstDate: string, rule: RecurrenceRule): string {
  const [year, month, day] = parts(firstDate);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const base =
    rule.frequency === RecurrenceFrequency.MONTHLY_BY_WEEKDAY
      ? `FREQ=MONTHLY;BYDAY=${day >= 29 ? -1 : Math.ceil(day / 7)}${weekday}`
      : `FREQ=WEEKLY;INTERVAL=${rule.frequency === RecurrenceFrequency.WEEKLY ? 1 : 2};BYDAY=${weekday}`;
  const end = rule.until
    ? `;UNTIL=${rule.until.replace(/-/g, '')}`
    : `;COUNT=${occurrenceDates(firstDate, rule).length}`;
  return base + end;
}
