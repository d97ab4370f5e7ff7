import { addMilliseconds, format } from 'date-fns';
import { toWall } from '../../calendar/components/facilityTime';

function isMidnight(wall: Date): boolean {
  return wall.getHours() === 0 && wall.getMinutes() === 0;
}

/**
 * A stretch of time off on a facility's clock. Whole days (midnight to midnight) read as dates,
 * the last day inclusive: "Mon, Dec 7 – Fri, Dec 11, 2026"; anything else with its times.
 */
export function describeTimeOff(
  startsAt: string,
  endsAt: string,
  timeZone: string,
): { from: string; to: string; allDay: boolean } {
  const start = toWall(startsAt, timeZone);
  const end = toWall(endsAt, timeZone);
  if (isMidnight(start) && isMidnight(end)) {
    const lastDay = addMilliseconds(end, -1);
    return { from: format(start, 'EEE, MMM d, yyyy'), to: format(lastDay, 'EEE, MMM d, yyyy'), allDay: true };
  }
  // Part of one day: the end needs only its time.
  const sameDay = format(start, 'yyyy-MM-dd') === format(end, 'yyyy-MM-dd');
  return {
    from: format(start, 'EEE, MMM d, yyyy, h:mm a'),
    to: format(end, sameDay ? 'h:mm a' : 'EEE, MMM d, yyyy, h:mm a'),
    allDay: false,
  };
}

/** "5 days" or "3.5 h": how long the clinician is away. */
export function timeOffLength(startsAt: string, endsAt: string, allDay: boolean): string {
  const hours = (new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3_600_000;
  if (allDay) {
    // A daylight-saving change makes a day 23 or 25 hours: round to whole days.
    const days = Math.round(hours / 24);
    return days === 1 ? '1 day' : `${days} days`;
  }
  return `${Math.round(hours * 10) / 10} h`;
}
