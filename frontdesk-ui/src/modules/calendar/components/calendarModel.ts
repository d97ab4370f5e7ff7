import type { AppointmentStatus, ScheduleGrid_AppointmentFragment } from '../../../gql/graphql';
import { toWall, zoneName } from './facilityTime';

/** What the columns of the calendar are. */
export type ResourceMode = 'provider' | 'room' | 'facility';
/** Day, Monday to Friday, or the whole week (react-big-calendar's view names). */
export type CalendarView = 'day' | 'work_week' | 'week';

export const RESOURCE_MODES: readonly ResourceMode[] = ['provider', 'room', 'facility'];
export const CALENDAR_VIEWS: readonly CalendarView[] = ['day', 'work_week', 'week'];

/** The room-view column for appointments without a room (telehealth, or not assigned yet). */
export const NO_ROOM = 'no-room';

export interface CalendarResource {
  id: string;
  /** The column header: short in a week, where every column repeats under each day. */
  title: string;
  /** The column's full name ("Dana Reyes, LCSW", "Austin 1", "Riverbend Denver"). */
  name: string;
  /** A tooltip on the header: the full name, or what the column holds, or a facility's own zone. */
  detail?: string;
  color?: string;
}

/** One appointment as react-big-calendar takes it: wall-clock times in the displayed zone. */
export interface CalendarEvent {
  kind: 'appointment';
  id: string;
  start: Date;
  end: Date;
  resourceId: string;
  entry: ScheduleGrid_AppointmentFragment;
  /** Patients' names, or null when the viewer may not see who it is. */
  patients: string | null;
  /** Moving or resizing makes sense only while the appointment still holds its time. */
  movable: boolean;
  /** Cancelled, late-cancelled or no-show: drawn faded, behind the live ones. */
  inactive: boolean;
}

/** A provider's time off as a shaded block in their column: one per day it covers. */
export interface TimeOffBlock {
  kind: 'timeOff';
  /** The time off's id and the day, so a week-long absence gives one block per day. */
  id: string;
  timeOffId: string;
  start: Date;
  end: Date;
  resourceId: string;
  reason: string | null;
}

/** What the grid draws: appointments in front, time off behind them. */
export type GridEvent = CalendarEvent | TimeOffBlock;

/** A provider's time off as the API gives it (instants). */
export interface TimeOffLike {
  id: string;
  providerId: string;
  startsAt?: string | null;
  endsAt?: string | null;
  reason?: string | null;
}

export interface StaffLike {
  id: string;
  displayName: string;
  firstName: string;
  lastName: string;
  calendarColor: string;
  roles: readonly string[];
  active: boolean;
}

export interface FacilityLike {
  id: string;
  name: string;
  /** Shown instead of the name where columns are narrow (a week). */
  city?: string;
  timeZone: string;
  rooms: readonly { id: string; name: string }[];
}

/** A clinician's weekly block at a facility, on the facility's clock ("08:00"–"17:00", ISO weekday). */
export interface WorkingHoursLike {
  providerId: string;
  facilityId: string;
  weekday: number;
  startTime: string;
  endTime: string;
}

export interface CalendarFilters {
  providerIds: readonly string[];
  appointmentTypeIds: readonly string[];
  showCancelled: boolean;
}

const INACTIVE: readonly AppointmentStatus[] = ['CANCELLED', 'LATE_CANCELLED', 'NO_SHOW'];
const MOVABLE: readonly AppointmentStatus[] = ['SCHEDULED', 'CONFIRMED', 'ARRIVED'];

export function isInactive(status: AppointmentStatus | null | undefined): boolean {
  return !!status && INACTIVE.includes(status);
}

function resourceOf(entry: ScheduleGrid_AppointmentFragment, mode: ResourceMode): string {
  switch (mode) {
    case 'provider':
      return entry.providerId ?? '';
    case 'room':
      return entry.roomId ?? NO_ROOM;
    case 'facility':
      return entry.facilityId ?? '';
  }
}

/** "Avery Johnson", "Avery Johnson + 5 more" for a group, null when the names were withheld. */
function patientsOf(entry: ScheduleGrid_AppointmentFragment): string | null {
  const names = (entry.attendees ?? []).map((a) => a.displayName).filter((name): name is string => !!name);
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names[0]} + ${names.length - 1} more`;
}

/**
 * The appointments the calendar draws, filtered and converted to the facility's wall clock.
 * Pure and called under useMemo: with ~400 appointments a week this runs once per change of
 * data or filters, never per render.
 */
export function buildEvents(
  entries: readonly ScheduleGrid_AppointmentFragment[],
  mode: ResourceMode,
  timeZone: string,
  filters: CalendarFilters,
): CalendarEvent[] {
  const providers = new Set(filters.providerIds);
  const types = new Set(filters.appointmentTypeIds);
  const events: CalendarEvent[] = [];
  for (const entry of entries) {
    if (!entry.startsAt || !entry.endsAt || !entry.status) continue;
    if (providers.size > 0 && !providers.has(entry.providerId ?? '')) continue;
    if (types.size > 0 && !types.has(entry.appointmentTypeId ?? '')) continue;
    const inactive = isInactive(entry.status);
    if (inactive && !filters.showCancelled) continue;
    events.push({
      kind: 'appointment',
      id: entry.id,
      start: toWall(entry.startsAt, timeZone),
      end: toWall(entry.endsAt, timeZone),
      resourceId: resourceOf(entry, mode),
      entry,
      patients: patientsOf(entry),
      movable: MOVABLE.includes(entry.status),
      inactive,
    });
  }
  return events;
}

/** Clinicians who can be booked, by last name (the API's staff list holds everyone). */
export function clinicians<T extends StaffLike>(staff: readonly T[]): T[] {
  return staff
    .filter((s) => s.active && s.roles.includes('CLINICIAN'))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
}

/**
 * The columns. By provider: the providers picked in the filter; without a filter, the clinicians
 * with weekly hours at this facility plus anyone booked here this week (a visit outside their
 * hours still needs its column), or every clinician when neither says anything. By room: the
 * facility's rooms and a column for appointments without one. By facility: every facility.
 */
export function buildResources(args: {
  mode: ResourceMode;
  view: CalendarView;
  facility: FacilityLike;
  facilities: readonly FacilityLike[];
  clinicians: readonly StaffLike[];
  workingHours: readonly WorkingHoursLike[];
  entries: readonly ScheduleGrid_AppointmentFragment[];
  providerIds: readonly string[];
}): CalendarResource[] {
  const { mode, view, facility } = args;
  switch (mode) {
    case 'provider': {
      const picked = new Set(args.providerIds);
      const working = new Set([
        ...args.workingHours.filter((h) => h.facilityId === facility.id).map((h) => h.providerId),
        ...args.entries.filter((e) => e.facilityId === facility.id).map((e) => e.providerId),
      ]);
      const shown =
        picked.size > 0
          ? args.clinicians.filter((c) => picked.has(c.id))
          : working.size > 0
            ? args.clinicians.filter((c) => working.has(c.id))
            : args.clinicians;
      return shown.map((c) => ({
        id: c.id,
        // A week repeats every provider under each day: the last name is what fits.
        title: view === 'day' ? c.displayName : c.lastName,
        name: c.displayName,
        detail: c.displayName,
        color: c.calendarColor,
      }));
    }
    case 'room':
      return [
        ...facility.rooms.map((room) => ({ id: room.id, title: room.name, name: room.name })),
        {
          id: NO_ROOM,
          title: view === 'day' ? 'No room / telehealth' : 'No room',
          name: 'No room',
          detail: 'Telehealth and appointments without a room',
        },
      ];
    case 'facility':
      return args.facilities.map((f) => ({
        id: f.id,
        title: view === 'day' ? f.name : (f.city ?? f.name),
        name: f.name,
        // Another zone's appointments are drawn on this facility's clock; say so.
        detail:
          f.timeZone === facility.timeZone
            ? undefined
            : `${f.name} is on ${zoneName(f.timeZone)}; shown here in ${zoneName(facility.timeZone)}`,
      }));
  }
}

function minutesOf(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * Whether a provider column's slot (a wall time at the facility) lies outside the provider's
 * weekly hours there, to shade it. Providers with no hours anywhere are never shaded: the API
 * does not warn for them either.
 */
export function offHoursTest(
  workingHours: readonly WorkingHoursLike[],
  facilityId: string,
): (providerId: string, wall: Date) => boolean {
  const configured = new Set(workingHours.map((h) => h.providerId));
  const blocks = new Map<string, { weekday: number; start: number; end: number }[]>();
  for (const h of workingHours) {
    if (h.facilityId !== facilityId) continue;
    const list = blocks.get(h.providerId) ?? [];
    list.push({ weekday: h.weekday, start: minutesOf(h.startTime), end: minutesOf(h.endTime) });
    blocks.set(h.providerId, list);
  }
  return (providerId, wall) => {
    if (!configured.has(providerId)) return false;
    const weekday = wall.getDay() === 0 ? 7 : wall.getDay();
    const minute = wall.getHours() * 60 + wall.getMinutes();
    return !(blocks.get(providerId) ?? []).some((b) => b.weekday === weekday && b.start <= minute && minute < b.end);
  };
}

/**
 * Time off as background blocks in the provider columns, on the facility's clock, cut at each
 * midnight: react-big-calendar draws a time-grid block within one day, and a week away should
 * shade every day of it. Only by provider (rooms and facilities do not take time off). Pure,
 * called under useMemo.
 */
export function buildTimeOffBlocks(
  timeOff: readonly TimeOffLike[],
  mode: ResourceMode,
  timeZone: string,
  providerIds: readonly string[],
): TimeOffBlock[] {
  if (mode !== 'provider') return [];
  const picked = new Set(providerIds);
  const blocks: TimeOffBlock[] = [];
  for (const item of timeOff) {
    if (!item.startsAt || !item.endsAt) continue;
    if (picked.size > 0 && !picked.has(item.providerId)) continue;
    const start = toWall(item.startsAt, timeZone);
    const end = toWall(item.endsAt, timeZone);
    // Day by day, at most 62 (a longer absence is still shaded on the weeks loaded, which are 7 days).
    let dayStart = new Date(start.getFullYear(), start.getMonth(), start.getDate());
    for (let day = 0; day < 62 && dayStart < end; day++) {
      const nextDay = new Date(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate() + 1);
      const from = start > dayStart ? start : dayStart;
      // A minute short of midnight: a block ending at 00:00 would also be counted on the next day.
      const to = end < nextDay ? end : new Date(nextDay.getTime() - 60_000);
      if (to > from) {
        blocks.push({
          kind: 'timeOff',
          id: `${item.id}|${day}`,
          timeOffId: item.id,
          start: from,
          end: to,
          resourceId: item.providerId,
          reason: item.reason ?? null,
        });
      }
      dayStart = nextDay;
    }
  }
  return blocks;
}
