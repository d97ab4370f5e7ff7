import { useQuery } from '@apollo/client/react';
import { userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { graphql } from '../../../gql';
import type { OpenSlotListQuery, OpenSlotListQueryVariables } from '../../../gql/graphql';
import { formatDay, formatShortDay, formatSlot, formatTime } from './facilityTime';

/**
 * Free time, computed by the API from working hours minus appointments and time off (and the
 * room's bookings when a room is given). Asked only when a search is made or a booking collides,
 * never per calendar event.
 */
const OpenSlotListQueryDocument = graphql(`
  query OpenSlotList(
    $facilityId: ID!
    $appointmentTypeId: ID!
    $from: DateTimeISO!
    $to: DateTimeISO!
    $providerIds: [ID!]
    $roomId: ID
    $minutes: Int
    $first: Int!
  ) {
    openSlots(
      facilityId: $facilityId
      appointmentTypeId: $appointmentTypeId
      from: $from
      to: $to
      providerIds: $providerIds
      roomId: $roomId
      minutes: $minutes
      first: $first
    ) {
      providerId
      providerName
      startsAt
      endsAt
    }
  }
`);

export type OpenSlot = NonNullable<OpenSlotListQuery['openSlots']>[number];
export type OpenSlotSearch = OpenSlotListQueryVariables;

export interface OpenSlotListProps {
  search: OpenSlotSearch;
  /** The facility's zone: slots are shown on its clock, like the calendar. */
  timeZone: string;
  onPick: (slot: OpenSlot) => void;
  /**
   * "days": slots grouped under each day, the provider on each (the Find a slot results);
   * "inline": a short row of buttons for one provider (under a conflict, in the booking form).
   */
  layout: 'days' | 'inline';
  /** Said when nothing is free in the range. */
  emptyText: string;
  /** Rendered under the list when the API returned as many as asked for (there may be more). */
  more?: ReactNode;
}

const NO_SLOTS: readonly OpenSlot[] = [];

interface DayGroup {
  day: string;
  slots: OpenSlot[];
}

function groupByDay(slots: readonly OpenSlot[], timeZone: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const slot of slots) {
    if (!slot.startsAt) continue;
    const day = formatDay(slot.startsAt, timeZone);
    const last = groups[groups.length - 1];
    if (last?.day === day) last.slots.push(slot);
    else groups.push({ day, slots: [slot] });
  }
  return groups;
}

/** A day's slots by provider, providers in the order their first free time comes. */
function byProvider(slots: readonly OpenSlot[]): [string, OpenSlot[]][] {
  const rows = new Map<string, OpenSlot[]>();
  for (const slot of slots) {
    const key = slot.providerId ?? slot.providerName;
    rows.set(key, [...(rows.get(key) ?? []), slot]);
  }
  return [...rows];
}

/** What a slot button says to a screen reader (and to a browser test): the whole slot, and with whom. */
function slotName(slot: OpenSlot, timeZone: string): string {
  return slot.startsAt && slot.endsAt
    ? `Use ${formatSlot(slot.startsAt, slot.endsAt, timeZone)} with ${slot.providerName}`
    : `Use this time with ${slot.providerName}`;
}

/** Start time only ("9:00 AM"): the day is the group's heading. */
function startTime(slot: OpenSlot, timeZone: string): string {
  return slot.startsAt ? formatTime(slot.startsAt, timeZone) : '';
}

export function OpenSlotList({ search, timeZone, onPick, layout, emptyText, more }: OpenSlotListProps) {
  const { data, previousData, loading, error, refetch } = useQuery(OpenSlotListQueryDocument, {
    variables: search,
    fetchPolicy: 'network-only',
  });
  // While "Show more" loads, keep the slots already shown instead of flashing a spinner.
  const slots = (data ?? previousData)?.openSlots ?? NO_SLOTS;
  const groups = useMemo(() => groupByDay(slots, timeZone), [slots, timeZone]);

  if (error) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
        <Text size="sm">{userMessage(error)}</Text>
        <Button size="compact-xs" variant="subtle" onClick={() => void refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (loading && slots.length === 0) {
    return (
      <Group gap={6}>
        <Loader size={12} aria-label="Looking for free times" />
        <Text size="xs" c="dimmed">
          Looking for free times…
        </Text>
      </Group>
    );
  }
  if (slots.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }

  if (layout === 'inline') {
    return (
      <Group gap={6} role="group" aria-label="Free times">
        {slots.map((slot) => (
          <Button
            key={`${slot.providerId}|${slot.startsAt}`}
            size="compact-sm"
            variant="white"
            color="handoff"
            style={{ border: '1px solid var(--mantine-color-handoff-3)' }}
            aria-label={slotName(slot, timeZone)}
            onClick={() => onPick(slot)}
          >
            {slot.startsAt ? `${formatShortDay(slot.startsAt, timeZone)} · ` : ''}
            {startTime(slot, timeZone)}
          </Button>
        ))}
      </Group>
    );
  }

  const severalProviders = new Set(slots.map((slot) => slot.providerId)).size > 1;
  return (
    <Stack gap="sm" role="list" aria-label="Free times">
      {groups.map((group) => (
        <div key={group.day} role="listitem">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
            {group.day}
          </Text>
          <Stack gap={4}>
            {byProvider(group.slots).map(([providerId, providerSlots]) => (
              <Group key={providerId} gap={6} wrap="nowrap" align="flex-start">
                {severalProviders ? (
                  <Text size="sm" w={170} pt={2} style={{ flex: 'none' }} truncate="end">
                    {providerSlots[0]?.providerName}
                  </Text>
                ) : null}
                <Group gap={6}>
                  {providerSlots.map((slot) => (
                    <Button
                      key={`${slot.providerId}|${slot.startsAt}`}
                      size="compact-sm"
                      variant="default"
                      fw={600}
                      aria-label={slotName(slot, timeZone)}
                      onClick={() => onPick(slot)}
                    >
                      {startTime(slot, timeZone)}
                    </Button>
                  ))}
                </Group>
              </Group>
            ))}
          </Stack>
        </div>
      ))}
      {loading ? <Loader size={12} aria-label="Loading more free times" /> : slots.length >= search.first ? more : null}
    </Stack>
  );
}
