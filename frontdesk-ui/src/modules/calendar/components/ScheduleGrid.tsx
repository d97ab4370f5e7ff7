import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import './calendar.css';
import { Box, Text, Tooltip } from '@mantine/core';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { memo, useCallback, useMemo, type CSSProperties, type HTMLAttributes, type SyntheticEvent } from 'react';
import {
  Calendar,
  dateFnsLocalizer,
  type Components,
  type EventPropGetter,
  type EventProps,
  type Formats,
  type ResourceHeaderProps,
  type SlotInfo,
  type SlotPropGetter,
} from 'react-big-calendar';
import dragAndDropAddon, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { AppointmentEvent } from './AppointmentEvent';
import { TimeOffEvent } from './TimeOffEvent';
import { STATUS_META } from './appointmentStatus';
import {
  buildEvents,
  buildResources,
  buildTimeOffBlocks,
  offHoursTest,
  type CalendarEvent,
  type GridEvent,
  type TimeOffLike,
  type CalendarFilters,
  type CalendarResource,
  type CalendarView,
  type FacilityLike,
  type ResourceMode,
  type StaffLike,
  type WorkingHoursLike,
} from './calendarModel';
import { dateKeyOf, fromWall, minutesBetween, toWall, WEEK_STARTS_ON } from './facilityTime';

export const ScheduleGrid_appointment = graphql(`
  fragment ScheduleGrid_appointment on Appointment {
    id
    version
    startsAt
    endsAt
    status
    facilityId
    providerId
    roomId
    roomName
    appointmentTypeId
    appointmentTypeName
    color
    telehealth
    seriesId
    attendees {
      patientId
      displayName
    }
  }
`);

/** A free slot the person picked: an instant, how long (when they dragged over several slots), which column. */
export interface SlotPick {
  startsAt: string;
  minutes: number | null;
  resourceId: string | null;
}

/** An appointment dragged or resized: its new start and length, and the column it was dropped in. */
export interface MoveRequest {
  id: string;
  version: number;
  startsAt: string;
  minutes: number;
  resourceId: string | null;
}

/** A move waiting for the API's answer, drawn where it was dropped until then. */
export interface PendingMove {
  startsAt: string;
  endsAt: string;
  resourceId: string | null;
}

export interface ScheduleGridProps {
  entries: readonly FragmentType<typeof ScheduleGrid_appointment>[];
  view: CalendarView;
  mode: ResourceMode;
  /** The day shown (or a day of the week shown), on the facility's wall calendar. */
  date: Date;
  /** The facility whose clock the grid shows (and whose columns, by provider and room). */
  facility: FacilityLike;
  facilities: readonly FacilityLike[];
  clinicians: readonly StaffLike[];
  workingHours: readonly WorkingHoursLike[];
  /** Providers' time off in the loaded week: shaded behind the appointments, by provider. */
  timeOff: readonly TimeOffLike[];
  filters: CalendarFilters;
  pendingMoves: ReadonlyMap<string, PendingMove>;
  /** The appointment open in the side panel, outlined in the grid. */
  selectedId: string | null;
  onSelectSlot: (pick: SlotPick) => void;
  onSelectEvent: (id: string) => void;
  /** Enter on a time-off block (keyboard): open the time-off list, where it can be removed. */
  onOpenTimeOff: () => void;
  onMove: (move: MoveRequest) => void;
  onDrillDown: (date: Date) => void;
}

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: WEEK_STARTS_ON }),
  getDay,
  locales: { 'en-US': enUS },
});

// The add-on ships as CommonJS only: under Node-style interop (the production build) its default
// import is the module object, under esbuild's (the dev server) the function itself.
const withDragAndDrop =
  (dragAndDropAddon as unknown as { default?: typeof dragAndDropAddon }).default ?? dragAndDropAddon;
const DnDCalendar = withDragAndDrop<GridEvent, CalendarResource>(Calendar);

const VIEWS: CalendarView[] = ['day', 'work_week', 'week'];
const STEP_MINUTES = 15;

const FORMATS: Formats = {
  timeGutterFormat: 'h a',
  dayFormat: 'EEE M/d',
  eventTimeRangeFormat: ({ start, end }) => `${format(start, 'h:mm')}–${format(end, 'h:mm a')}`,
};

/** Hours always on screen; widened when an appointment starts earlier or ends later. */
const FIRST_HOUR = 8;
const LAST_HOUR = 18;

function hoursToShow(events: readonly CalendarEvent[]): { min: Date; max: Date } {
  let first = FIRST_HOUR;
  let last = LAST_HOUR;
  for (const event of events) {
    first = Math.min(first, event.start.getHours());
    const sameDay = dateKeyOf(event.start) === dateKeyOf(event.end);
    last = Math.max(last, sameDay ? event.end.getHours() + (event.end.getMinutes() > 0 ? 1 : 0) : 24);
  }
  return {
    min: new Date(1970, 0, 1, first, 0),
    max: last >= 24 ? new Date(1970, 0, 1, 23, 59) : new Date(1970, 0, 1, last, 0),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Slots carry their wall time and column as data attributes: browser tests and support staff can
 * point at "Dana Reyes, LCSW at 10:00" without measuring pixels. (react-big-calendar spreads what
 * the getter returns onto the slot element; the time gutter's slots have no column.)
 */
function slotPropsFor(
  columns: ReadonlyMap<string, string>,
  offHours: ((resourceId: string, wall: Date) => boolean) | null,
): SlotPropGetter {
  return (date, resourceId) =>
    resourceId === undefined
      ? {}
      : ({
          'data-slot': `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`,
          'data-column': columns.get(String(resourceId)) ?? String(resourceId),
          className: offHours?.(String(resourceId), date) ? 'hd-off-hours' : undefined,
        } as HTMLAttributes<HTMLDivElement>);
}

const eventProps: EventPropGetter<GridEvent> = (event) =>
  event.kind === 'timeOff' ? { className: 'hd-time-off' } : appointmentProps(event);

const appointmentProps = (event: CalendarEvent) => ({
  className: [
    'hd-appointment',
    `hd-appointment-${event.id}`,
    `hd-status-${(event.entry.status ?? 'SCHEDULED').toLowerCase().replace('_', '-')}`,
    event.inactive ? 'hd-inactive' : '',
  ].join(' '),
  style: { '--hd-type-color': event.entry.color } as CSSProperties,
});

function tooltip(event: GridEvent): string {
  if (event.kind === 'timeOff') return event.reason ? `Time off: ${event.reason}` : 'Time off';
  const { entry } = event;
  return [
    event.patients ?? 'Busy',
    entry.appointmentTypeName,
    entry.telehealth ? 'Telehealth' : entry.roomName,
    entry.status ? STATUS_META[entry.status].label : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

function title(event: GridEvent): string {
  if (event.kind === 'timeOff') return 'Time off';
  return event.patients ?? 'Busy';
}

/** One thing in the grid: an appointment, or a provider's time off behind them. */
const GridEventContent = memo(function GridEventContent(props: EventProps<GridEvent>) {
  const { event } = props;
  return event.kind === 'timeOff' ? <TimeOffEvent block={event} /> : <AppointmentEvent {...props} event={event} />;
});

function ResourceHeader({ resource }: ResourceHeaderProps<CalendarResource>) {
  const header = (
    <Box
      className="hd-resource-header"
      style={{ '--hd-resource-color': resource.color ?? 'transparent' } as CSSProperties}
    >
      <Text span size="xs" fw={600} truncate="end">
        {resource.title}
      </Text>
    </Box>
  );
  return resource.detail && resource.detail !== resource.title ? (
    <Tooltip label={resource.detail}>{header}</Tooltip>
  ) : (
    header
  );
}

const COMPONENTS: Components<GridEvent, CalendarResource> = {
  event: GridEventContent,
  resourceHeader: ResourceHeader,
};

/**
 * The schedule: react-big-calendar's day and week time grids with one column per provider, room
 * or facility, fed wall-clock times of the displayed facility (facilityTime.ts). Drag to move,
 * drag the bottom edge to change the length, click or drag over empty time to book. Memoised, with
 * stable callbacks from the page: opening a dialog or the side panel re-renders no event.
 */
export function ScheduleGrid({ selectedId, ...props }: ScheduleGridProps) {
  return (
    <>
      {/*
       * The open appointment is outlined by one CSS rule rather than through react-big-calendar's
       * own selection, which re-renders every event: opening the panel stays instant with hundreds.
       */}
      {selectedId && /^[\w-]+$/.test(selectedId) ? (
        <style>{`.hd-calendar .rbc-event.hd-appointment-${selectedId} { box-shadow: 0 0 0 2px var(--mantine-color-handoff-7), 0 2px 6px rgb(0 0 0 / 20%); z-index: 3; }`}</style>
      ) : null}
      <CalendarGrid {...props} />
    </>
  );
}

const CalendarGrid = memo(function CalendarGrid(props: Omit<ScheduleGridProps, 'selectedId'>) {
  const {
    view,
    mode,
    facility,
    filters,
    pendingMoves,
    onSelectSlot,
    onSelectEvent,
    onOpenTimeOff,
    onMove,
    onDrillDown,
  } = props;
  const timeZone = facility.timeZone;
  const entries = useMemo(
    () => props.entries.map((entry) => getFragmentData(ScheduleGrid_appointment, entry)),
    [props.entries],
  );

  const baseEvents = useMemo(() => buildEvents(entries, mode, timeZone, filters), [entries, mode, timeZone, filters]);
  // A dropped appointment stays where it was dropped while the API decides (and goes back if it says no).
  const events = useMemo(
    () =>
      pendingMoves.size === 0
        ? baseEvents
        : baseEvents.map((event) => {
            const pending = pendingMoves.get(event.id);
            return pending
              ? {
                  ...event,
                  start: toWall(pending.startsAt, timeZone),
                  end: toWall(pending.endsAt, timeZone),
                  resourceId: pending.resourceId ?? event.resourceId,
                }
              : event;
          }),
    [baseEvents, pendingMoves, timeZone],
  );
  const resources = useMemo(
    () =>
      buildResources({
        mode,
        view,
        facility,
        facilities: props.facilities,
        clinicians: props.clinicians,
        workingHours: props.workingHours,
        entries,
        providerIds: filters.providerIds,
      }),
    [mode, view, facility, props.facilities, props.clinicians, props.workingHours, entries, filters.providerIds],
  );
  const timeOffBlocks = useMemo(
    () => buildTimeOffBlocks(props.timeOff, mode, timeZone, filters.providerIds),
    [props.timeOff, mode, timeZone, filters.providerIds],
  );
  const { min, max } = useMemo(() => hoursToShow(events), [events]);
  // By provider, time outside the provider's weekly hours here is shaded (booking there needs a reason).
  const slotProps = useMemo(
    () =>
      slotPropsFor(
        new Map(resources.map((r) => [r.id, r.name])),
        mode === 'provider' ? offHoursTest(props.workingHours, facility.id) : null,
      ),
    [resources, mode, props.workingHours, facility.id],
  );

  const getNow = useCallback(() => toWall(new Date(), timeZone), [timeZone]);

  const handleSelectSlot = useCallback(
    (slot: SlotInfo) => {
      const minutes = minutesBetween(slot.start, slot.end);
      onSelectSlot({
        startsAt: fromWall(slot.start, timeZone).toISOString(),
        // A click selects one step; only a drag over several slots says how long.
        minutes: slot.action === 'select' && minutes > STEP_MINUTES ? minutes : null,
        resourceId: slot.resourceId === undefined ? null : String(slot.resourceId),
      });
    },
    [onSelectSlot, timeZone],
  );

  const handleMove = useCallback(
    ({ event, start, end, resourceId }: EventInteractionArgs<GridEvent>) => {
      if (event.kind !== 'appointment') return;
      const startsAt = fromWall(new Date(start), timeZone);
      const endsAt = fromWall(new Date(end), timeZone);
      const minutes = minutesBetween(startsAt, endsAt);
      const { startsAt: was, endsAt: wasEnd } = event.entry;
      const unchanged =
        !!was &&
        !!wasEnd &&
        startsAt.getTime() === new Date(was).getTime() &&
        minutes === minutesBetween(was, wasEnd) &&
        (resourceId === undefined || String(resourceId) === event.resourceId);
      if (unchanged) return;
      onMove({
        id: event.id,
        version: event.entry.version,
        startsAt: startsAt.toISOString(),
        minutes,
        resourceId: resourceId === undefined ? null : String(resourceId),
      });
    },
    [onMove, timeZone],
  );

  const handleSelectEvent = useCallback(
    (event: GridEvent) => {
      if (event.kind === 'appointment') onSelectEvent(event.id);
    },
    [onSelectEvent],
  );
  const handleDrillDown = useCallback((date: Date) => onDrillDown(date), [onDrillDown]);
  // Enter on an appointment opens it; on a time-off block (focusable: react-big-calendar makes every
  // block a button), the time-off list where it can be removed.
  const handleKeyPress = useCallback(
    (event: GridEvent, e: SyntheticEvent) => {
      if (!('key' in e) || (e.key !== 'Enter' && e.key !== ' ')) return;
      if (event.kind === 'appointment') onSelectEvent(event.id);
      else onOpenTimeOff();
    },
    [onSelectEvent, onOpenTimeOff],
  );
  const noop = useCallback(() => undefined, []);
  const isMovable = useCallback((event: GridEvent) => event.kind === 'appointment' && event.movable, []);

  return (
    <div
      className={`hd-calendar ${view === 'day' ? 'hd-view-day' : 'hd-view-week'} hd-mode-${mode}`}
      data-time-zone={timeZone}
    >
      <DnDCalendar
        localizer={localizer}
        culture="en-US"
        formats={FORMATS}
        components={COMPONENTS}
        toolbar={false}
        views={VIEWS}
        view={view}
        onView={noop}
        date={props.date}
        onNavigate={noop}
        onDrillDown={handleDrillDown}
        getNow={getNow}
        events={events}
        backgroundEvents={timeOffBlocks}
        resources={resources}
        resourceIdAccessor="id"
        resourceTitleAccessor="title"
        resourceAccessor="resourceId"
        // Week: each day, then its providers (or rooms) side by side, as a receptionist reads a week.
        resourceGroupingLayout={view !== 'day'}
        tooltipAccessor={tooltip}
        titleAccessor={title}
        eventPropGetter={eventProps}
        slotPropGetter={slotProps}
        step={STEP_MINUTES}
        timeslots={4}
        min={min}
        max={max}
        scrollToTime={min}
        dayLayoutAlgorithm="no-overlap"
        selectable
        onSelectSlot={handleSelectSlot}
        onSelectEvent={handleSelectEvent}
        onKeyPressEvent={handleKeyPress}
        draggableAccessor={isMovable}
        resizableAccessor={isMovable}
        resizable
        onEventDrop={handleMove}
        onEventResize={handleMove}
        showMultiDayTimes
      />
    </div>
  );
});
