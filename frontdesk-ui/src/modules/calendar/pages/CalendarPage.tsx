import { useApolloClient, useQuery } from '@apollo/client/react';
import { EmptyState, PageHeader, QueryError } from '@handoff/ui-kit';
import { Button, Group, Loader, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconBeach, IconBuildingHospital, IconCalendarPlus, IconCalendarSearch } from '@tabler/icons-react';
import { addDays, endOfWeek, format, isSameMonth, startOfWeek } from 'date-fns';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getFragmentData, graphql } from '../../../gql';
import type { FrontDeskCalendarQuery, FrontDeskCalendarQueryVariables } from '../../../gql/graphql';
import { AppointmentPanel } from '../components/AppointmentPanel';
import { StatusLegend } from '../components/appointmentStatus';
import { BookingDialog } from '../components/BookingDialog';
import type { BookedAppointment, BookingDraft } from '../components/BookingForm';
import { CalendarToolbar } from '../components/CalendarToolbar';
import { FindSlotDialog, type SlotChoice } from '../components/FindSlotDialog';
import {
  clinicians as cliniciansOf,
  NO_ROOM,
  type CalendarFilters,
  type CalendarView,
  type WorkingHoursLike,
} from '../components/calendarModel';
import {
  dateKeyOf,
  parseDateKey,
  todayKey,
  toWall,
  wallToIso,
  weekRange,
  WEEK_STARTS_ON,
  zoneName,
} from '../components/facilityTime';
import { MoveConflictDialog } from '../components/MoveConflictDialog';
import { MoveOverrideDialog } from '../components/MoveOverrideDialog';
import { ScheduleGrid, ScheduleGrid_appointment, type MoveRequest, type SlotPick } from '../components/ScheduleGrid';
import type { AddedTimeOff } from '../components/AddTimeOffForm';
import { TimeOffDialog } from '../components/TimeOffDialog';
import { useRescheduleAppointment } from '../components/useRescheduleAppointment';
import { useCalendarParams } from './useCalendarParams';

/** Directory data the calendar is drawn with: changes rarely, fetched once per visit. */
const FrontDeskCalendarSetupQuery = graphql(`
  query FrontDeskCalendarSetup {
    facilities {
      id
      name
      city
      timeZone
      rooms {
        id
        name
      }
    }
    appointmentTypes {
      id
      name
      color
      defaultMinutes
      telehealth
      group
    }
    workingHours {
      id
      providerId
      facilityId
      weekday
      startTime
      endTime
    }
    staff {
      id
      displayName
      firstName
      lastName
      calendarColor
      roles
      active
    }
    # The cancellation window and fee: the cancel form says whether cancelling now is late.
    practiceSettings {
      lateCancelWindowHours
      lateCancelFeeCents
    }
  }
`);

/**
 * A whole facility week in one request (one SQL statement on the API), every field the grid and
 * the side panel need: no query per appointment. Filters apply in the browser, so changing them
 * costs nothing and live changes merge into one list.
 */
const FrontDeskCalendarQuery = graphql(`
  query FrontDeskCalendar($facilityId: ID, $from: DateTimeISO!, $to: DateTimeISO!) {
    calendar(facilityId: $facilityId, from: $from, to: $to) {
      id
      facilityId
      providerId
      roomId
      startsAt
      endsAt
      ...ScheduleGrid_appointment
      ...AppointmentPanel_appointment
    }
    # Every provider's time off this week: shaded in their columns, listed under "Time off".
    timeOff(from: $from, to: $to) {
      id
      providerId
      startsAt
      endsAt
      reason
    }
  }
`);

// Another desk books, moves, checks in or cancels: the event carries the same fields as the list.
const FrontDeskCalendarChangedSubscription = graphql(`
  subscription FrontDeskCalendarChanged($facilityId: ID!) {
    calendarChanged(facilityId: $facilityId) {
      id
      facilityId
      providerId
      roomId
      startsAt
      endsAt
      ...ScheduleGrid_appointment
      ...AppointmentPanel_appointment
    }
  }
`);

// Another desk (or the manager's settings) adds or removes a provider's time off.
const FrontDeskTimeOffChangedSubscription = graphql(`
  subscription FrontDeskTimeOffChanged {
    timeOffChanged {
      id
      providerId
      startsAt
      endsAt
      reason
      removed
    }
  }
`);

type CalendarEntry = NonNullable<FrontDeskCalendarQuery['calendar']>[number];
type CalendarTimeOff = NonNullable<FrontDeskCalendarQuery['timeOff']>[number];

const NO_ENTRIES: readonly CalendarEntry[] = [];
const NO_TIME_OFF: readonly CalendarTimeOff[] = [];
const NO_HOURS: readonly WorkingHoursLike[] = [];

/**
 * Puts a new or changed appointment into a loaded calendar list: replaced in place, added when it
 * now falls in the list's range and facility, dropped when it moved out. Used for live events and
 * for the answer to this browser's own booking (whichever arrives first; both are idempotent).
 */
export function mergeIntoCalendar(
  previous: FrontDeskCalendarQuery,
  changed: CalendarEntry,
  variables: FrontDeskCalendarQueryVariables,
): FrontDeskCalendarQuery {
  const list = previous.calendar ?? [];
  const from = new Date(variables.from).getTime();
  const to = new Date(variables.to).getTime();
  const belongs =
    (!variables.facilityId || changed.facilityId === variables.facilityId) &&
    !!changed.startsAt &&
    !!changed.endsAt &&
    new Date(changed.startsAt).getTime() < to &&
    new Date(changed.endsAt).getTime() > from;
  const index = list.findIndex((entry) => entry.id === changed.id);
  if (index >= 0) {
    return {
      ...previous,
      calendar: belongs ? list.map((entry, i) => (i === index ? changed : entry)) : list.filter((_, i) => i !== index),
    };
  }
  return belongs ? { ...previous, calendar: [...list, changed] } : previous;
}

/** The room a provider used most this week at the facility: the likeliest one for a new booking. */
function usualRoom(entries: readonly CalendarEntry[], providerId: string, facilityId: string): string | null {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.providerId !== providerId || entry.facilityId !== facilityId || !entry.roomId) continue;
    counts.set(entry.roomId, (counts.get(entry.roomId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [roomId, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = roomId;
  return best;
}

function rangeLabel(date: Date, view: CalendarView): string {
  if (view === 'day') return format(date, 'EEEE, MMMM d, yyyy');
  const first = startOfWeek(date, { weekStartsOn: WEEK_STARTS_ON });
  const last = view === 'work_week' ? addDays(first, 4) : endOfWeek(date, { weekStartsOn: WEEK_STARTS_ON });
  return isSameMonth(first, last)
    ? `${format(first, 'MMM d')} – ${format(last, 'd, yyyy')}`
    : `${format(first, 'MMM d')} – ${format(last, 'MMM d, yyyy')}`;
}

/**
 * The front desk calendar: a facility's day or week, one column per provider, room or facility,
 * on the facility's clock. Click empty time to book, click an appointment for its details and
 * status actions, drag to move or resize. Other desks' changes appear live.
 */
export function CalendarPage() {
  const client = useApolloClient();
  const [params, setParams] = useCalendarParams();
  const setup = useQuery(FrontDeskCalendarSetupQuery);
  const facilities = setup.data?.facilities;
  const facility = facilities?.find((f) => f.id === params.facilityId) ?? facilities?.[0] ?? null;
  const timeZone = facility?.timeZone ?? 'UTC';

  const dateKey = parseDateKey(params.date) ? params.date! : todayKey(timeZone);
  const date = useMemo(() => parseDateKey(dateKey)!, [dateKey]);
  const range = useMemo(() => weekRange(dateKey, timeZone), [dateKey, timeZone]);
  const variables = useMemo<FrontDeskCalendarQueryVariables>(
    () => ({ facilityId: params.mode === 'facility' ? null : (facility?.id ?? null), from: range.from, to: range.to }),
    [params.mode, facility?.id, range],
  );
  const calendar = useQuery(FrontDeskCalendarQuery, {
    variables,
    skip: !facility,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const entries = calendar.data?.calendar ?? NO_ENTRIES;
  const timeOff = calendar.data?.timeOff ?? NO_TIME_OFF;
  const { subscribeToMore, refetch } = calendar;

  // Live: one subscription per facility on screen; each event is merged into the list in the cache.
  const liveFacilityIds = useMemo(
    () => (params.mode === 'facility' ? (facilities ?? []).map((f) => f.id) : facility ? [facility.id] : []),
    [params.mode, facilities, facility],
  );
  useEffect(() => {
    if (!facility) return undefined;
    const stops = liveFacilityIds.map((facilityId) =>
      subscribeToMore({
        document: FrontDeskCalendarChangedSubscription,
        variables: { facilityId },
        updateQuery: (_unsafe, { previousData, complete, subscriptionData, variables: current }) => {
          const changed = subscriptionData.data.calendarChanged;
          if (!changed || !complete || !current) return undefined;
          return mergeIntoCalendar(previousData, changed, current);
        },
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, [facility, liveFacilityIds, subscribeToMore]);
  useEffect(() => {
    if (!facility) return undefined;
    return subscribeToMore({
      document: FrontDeskTimeOffChangedSubscription,
      updateQuery: (_unsafe, { previousData, complete, subscriptionData, variables: current }) => {
        const change = subscriptionData.data.timeOffChanged;
        if (!change || !complete || !current) return undefined;
        const { removed, ...timeOff } = change;
        return { ...previousData, timeOff: withTimeOff(previousData.timeOff ?? [], timeOff, removed, current) };
      },
    });
  }, [facility, subscribeToMore]);

  const staff = setup.data?.staff;
  const clinicians = useMemo(() => cliniciansOf(staff ?? []), [staff]);
  const appointmentTypes = setup.data?.appointmentTypes ?? [];
  const setupTypes = setup.data?.appointmentTypes;
  const settings = setup.data?.practiceSettings;
  const lateCancelPolicy = useMemo(
    () => (settings ? { windowHours: settings.lateCancelWindowHours, feeCents: settings.lateCancelFeeCents } : null),
    [settings],
  );
  const groupTypeIds = useMemo(() => new Set((setupTypes ?? []).filter((t) => t.group).map((t) => t.id)), [setupTypes]);
  const filters = useMemo<CalendarFilters>(
    () => ({
      providerIds: params.providerIds,
      appointmentTypeIds: params.appointmentTypeIds,
      showCancelled: params.showCancelled,
    }),
    [params.providerIds, params.appointmentTypeIds, params.showCancelled],
  );

  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [findingSlot, setFindingSlot] = useState(false);
  const [managingTimeOff, setManagingTimeOff] = useState(false);
  const openTimeOff = useCallback(() => setManagingTimeOff(true), []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = useMemo(() => entries.find((e) => e.id === selectedId) ?? null, [entries, selectedId]);

  const onStale = useCallback(() => void refetch(), [refetch]);
  const allRooms = useMemo(() => (facilities ?? []).flatMap((f) => f.rooms), [facilities]);
  const providerName = useCallback(
    (id: string) => clinicians.find((c) => c.id === id)?.displayName ?? null,
    [clinicians],
  );
  const roomName = useCallback((id: string) => allRooms.find((r) => r.id === id)?.name ?? null, [allRooms]);
  const current = useCallback(
    (id: string) => {
      const entry = entries.find((e) => e.id === id);
      return entry
        ? {
            providerId: entry.providerId ?? null,
            roomId: entry.roomId ?? null,
            facilityId: entry.facilityId ?? null,
            appointmentTypeId: getFragmentData(ScheduleGrid_appointment, entry).appointmentTypeId ?? null,
          }
        : null;
    },
    [entries],
  );
  const { pendingMoves, move, needsOverride, dismissOverride, blocked, dismissBlocked } = useRescheduleAppointment({
    mode: params.mode,
    timeZone,
    providerName,
    roomName,
    current,
    onStale,
  });

  const onMove = useCallback((request: MoveRequest) => void move(request), [move]);
  const onDrillDown = useCallback((day: Date) => setParams({ date: dateKeyOf(day), view: 'day' }), [setParams]);

  const openSlot = useCallback(
    (pick: SlotPick) => {
      if (!facility) return;
      const column = pick.resourceId;
      setSelectedId(null);
      setDraft({
        facilityId: params.mode === 'facility' && column ? column : facility.id,
        startsAt: pick.startsAt,
        minutes: pick.minutes,
        // The column says who or where; with one provider picked in the filter, that one.
        providerId:
          params.mode === 'provider' ? column : params.providerIds.length === 1 ? params.providerIds[0]! : null,
        roomId:
          params.mode === 'room'
            ? column === NO_ROOM
              ? ''
              : column
            : params.mode === 'provider' && column
              ? usualRoom(entries, column, facility.id)
              : null,
      });
    },
    [facility, params.mode, params.providerIds, entries],
  );

  const onBooked = useCallback(
    (booked: BookedAppointment) => {
      setDraft(null);
      client.cache.updateQuery({ query: FrontDeskCalendarQuery, variables }, (data) =>
        data ? mergeIntoCalendar(data, booked, variables) : undefined,
      );
      // Booked on another day than the one on screen (the date was changed in the form): go there.
      if (booked.startsAt && facility && booked.facilityId === facility.id) {
        const bookedDay = dateKeyOf(toWall(booked.startsAt, timeZone));
        const at = new Date(booked.startsAt).getTime();
        const inRange = at >= new Date(range.from).getTime() && at < new Date(range.to).getTime();
        if (!inRange || (params.view === 'day' && bookedDay !== dateKey)) setParams({ date: bookedDay });
      }
    },
    [client, variables, facility, timeZone, range, params.view, dateKey, setParams],
  );

  /** A free time picked in "Find a slot": the booking form opens on it, and the calendar shows its day. */
  const onSlotChosen = useCallback(
    ({ slot, facilityId, appointmentTypeId, minutes }: SlotChoice) => {
      if (!slot.startsAt) return;
      const zone = facilities?.find((f) => f.id === facilityId)?.timeZone ?? timeZone;
      setFindingSlot(false);
      setSelectedId(null);
      setParams({ facilityId, date: dateKeyOf(toWall(slot.startsAt, zone)) });
      setDraft({
        facilityId,
        startsAt: slot.startsAt,
        minutes,
        providerId: slot.providerId ?? null,
        roomId: slot.providerId ? usualRoom(entries, slot.providerId, facilityId) : null,
        appointmentTypeId,
      });
    },
    [facilities, timeZone, setParams, entries],
  );

  // Time off added or removed here goes straight into the loaded week (no refetch of 400 appointments).
  // (The same change also arrives through the subscription; merging is idempotent.)
  const onTimeOffAdded = useCallback(
    (added: AddedTimeOff) =>
      client.cache.updateQuery({ query: FrontDeskCalendarQuery, variables }, (data) =>
        data ? { ...data, timeOff: withTimeOff(data.timeOff ?? [], added, false, variables) } : undefined,
      ),
    [client, variables],
  );
  const onTimeOffRemoved = useCallback(
    (id: string) =>
      client.cache.updateQuery({ query: FrontDeskCalendarQuery, variables }, (data) =>
        data ? { ...data, timeOff: (data.timeOff ?? []).filter((t) => t.id !== id) } : undefined,
      ),
    [client, variables],
  );

  const draftFacility = draft ? (facilities?.find((f) => f.id === draft.facilityId) ?? null) : null;
  const moveTarget = needsOverride
    ? {
        startsAt: needsOverride.request.startsAt,
        minutes: needsOverride.request.minutes,
        warnings: needsOverride.warnings,
      }
    : null;

  if (setup.loading && !setup.data) {
    return (
      <Stack gap="sm">
        <Skeleton h={28} w={220} />
        <Skeleton h={36} />
        <Skeleton h={520} />
      </Stack>
    );
  }
  if (!facility) {
    return (
      <>
        <PageHeader title="Calendar" />
        <QueryError error={setup.error} onRetry={() => void setup.refetch()} />
        {!setup.error ? (
          <EmptyState
            icon={<IconBuildingHospital size={20} />}
            title="No facility yet"
            description="Add the practice's locations and rooms before booking appointments."
          />
        ) : null}
      </>
    );
  }

  const newAppointment = () =>
    setDraft({
      facilityId: facility.id,
      // Today: the next quarter hour (the form's default); another day: 9:00 that day.
      startsAt: dateKey === todayKey(timeZone) ? null : wallToIso(dateKey, '09:00', timeZone),
      minutes: null,
      providerId: params.providerIds.length === 1 ? params.providerIds[0]! : null,
      roomId: null,
    });

  return (
    <Stack gap="sm" className="hd-calendar-page" h="calc(100dvh - 52px - 2 * var(--mantine-spacing-lg))" mih={560}>
      <PageHeader
        title="Calendar"
        description={
          <>
            {params.mode === 'facility' ? 'All facilities' : facility.name} · times in {zoneName(timeZone)}
            {calendar.loading ? <Loader size={10} ml={8} aria-label="Loading appointments" /> : null}
          </>
        }
        actions={
          <Group gap="xs">
            <Button variant="default" leftSection={<IconBeach size={16} />} onClick={() => setManagingTimeOff(true)}>
              Time off
            </Button>
            <Button
              variant="default"
              leftSection={<IconCalendarSearch size={16} />}
              onClick={() => setFindingSlot(true)}
            >
              Find a slot
            </Button>
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={newAppointment}>
              New appointment
            </Button>
          </Group>
        }
      />
      <CalendarToolbar
        view={params.view}
        mode={params.mode}
        dateKey={dateKey}
        label={rangeLabel(date, params.view)}
        facilityId={facility.id}
        facilities={facilities ?? []}
        providers={clinicians}
        appointmentTypes={appointmentTypes}
        providerIds={params.providerIds}
        appointmentTypeIds={params.appointmentTypeIds}
        showCancelled={params.showCancelled}
        onToday={() => setParams({ date: null })}
        onStep={(direction) =>
          setParams({ date: dateKeyOf(addDays(date, direction * (params.view === 'day' ? 1 : 7))) })
        }
        onDate={(key) => parseDateKey(key) && setParams({ date: key })}
        onView={(view) => setParams({ view })}
        onMode={(mode) => setParams({ mode })}
        onFacility={(facilityId) => setParams({ facilityId })}
        onProviders={(providerIds) => setParams({ providerIds })}
        onAppointmentTypes={(appointmentTypeIds) => setParams({ appointmentTypeIds })}
        onShowCancelled={(showCancelled) => setParams({ showCancelled })}
      />
      <QueryError error={calendar.error} onRetry={() => void refetch()} />
      <Paper
        withBorder
        radius="md"
        style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}
        bg="white"
        component="section"
        aria-label="Schedule"
        aria-busy={calendar.loading}
      >
        <ScheduleGrid
          entries={entries}
          view={params.view}
          mode={params.mode}
          date={date}
          facility={facility}
          facilities={facilities ?? []}
          clinicians={clinicians}
          workingHours={setup.data?.workingHours ?? NO_HOURS}
          timeOff={timeOff}
          filters={filters}
          pendingMoves={pendingMoves}
          selectedId={selectedId}
          onSelectSlot={openSlot}
          onSelectEvent={setSelectedId}
          onOpenTimeOff={openTimeOff}
          onMove={onMove}
          onDrillDown={onDrillDown}
        />
      </Paper>
      <Group justify="space-between" gap="xs">
        <StatusLegend />
        <Text size="xs" c="dimmed">
          Click empty time to book · drag to move · drag the bottom edge to resize
        </Text>
      </Group>

      <BookingDialog
        draft={draft}
        facility={draftFacility ?? facility}
        clinicians={clinicians}
        appointmentTypes={appointmentTypes}
        onClose={() => setDraft(null)}
        onBooked={onBooked}
      />
      <FindSlotDialog
        opened={findingSlot}
        facilityId={facility.id}
        facilities={facilities ?? []}
        clinicians={clinicians}
        appointmentTypes={appointmentTypes}
        providerIds={params.providerIds}
        onClose={() => setFindingSlot(false)}
        onPick={onSlotChosen}
      />
      <TimeOffDialog
        opened={managingTimeOff}
        facilityName={facility.name}
        timeZone={timeZone}
        weekLabel={rangeLabel(date, 'week')}
        dateKey={dateKey}
        clinicians={clinicians}
        timeOff={timeOff}
        providerId={params.providerIds.length === 1 ? params.providerIds[0]! : null}
        onClose={() => setManagingTimeOff(false)}
        onAdded={onTimeOffAdded}
        onRemoved={onTimeOffRemoved}
      />
      <AppointmentPanel
        appointment={selected}
        facilities={facilities ?? []}
        groupTypeIds={groupTypeIds}
        lateCancelPolicy={lateCancelPolicy}
        onClose={() => setSelectedId(null)}
        onStale={onStale}
      />
      <MoveConflictDialog
        blocked={blocked}
        timeZone={timeZone}
        onClose={dismissBlocked}
        onPick={(slot) => {
          if (!blocked || !slot.startsAt) return;
          dismissBlocked();
          void move({ ...blocked.request, startsAt: slot.startsAt });
        }}
      />
      <MoveOverrideDialog
        move={moveTarget}
        timeZone={timeZone}
        onClose={dismissOverride}
        onConfirm={async (reason) =>
          needsOverride ? move(needsOverride.request, { warnings: needsOverride.warnings, reason }) : false
        }
      />
    </Stack>
  );
}

/** The week's time off with one entry added (if it falls in the loaded range), replaced or removed. */
function withTimeOff(
  list: readonly CalendarTimeOff[],
  timeOff: CalendarTimeOff,
  removed: boolean,
  range: { from: string; to: string },
): CalendarTimeOff[] {
  const others = list.filter((t) => t.id !== timeOff.id);
  const inRange =
    !!timeOff.startsAt &&
    !!timeOff.endsAt &&
    new Date(timeOff.startsAt) < new Date(range.to) &&
    new Date(timeOff.endsAt) > new Date(range.from);
  return removed || !inRange ? others : [...others, timeOff];
}
