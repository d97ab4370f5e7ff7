import { useQuery } from '@apollo/client/react';
import { DataTable, EmptyState, QueryError, type DataTableColumn } from '@handoff/ui-kit';
import { Badge, ColorSwatch, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { addYears } from 'date-fns';
import { useMemo, useState } from 'react';
import { graphql } from '../../../gql';
import type { SettingsTimeOffQuery } from '../../../gql/graphql';
import { AddTimeOffForm } from '../../calendar/components/AddTimeOffForm';
import { todayKey, zoneName } from '../../calendar/components/facilityTime';
import { RemoveTimeOffButton } from './RemoveTimeOffButton';
import { describeTimeOff, timeOffLength } from './timeOffFormat';

/** Time off overlapping the next twelve months (what is under way now included), with who it belongs to. */
const SettingsTimeOffQuery = graphql(`
  query SettingsTimeOff($from: DateTimeISO!, $to: DateTimeISO!, $providerId: ID) {
    timeOff(from: $from, to: $to, providerId: $providerId) {
      id
      providerId
      startsAt
      endsAt
      reason
    }
    staff {
      id
      displayName
      lastName
      calendarColor
      roles
      active
    }
    facilities {
      id
      name
      timeZone
    }
  }
`);

type TimeOffRow = NonNullable<SettingsTimeOffQuery['timeOff']>[number];

/** Clinicians' upcoming time off: add, see and remove it, on the chosen facility's clock. */
export function TimeOffTab() {
  const [providerId, setProviderId] = useState<string | null>(null);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  // Fixed for the life of the tab, so the query's variables (and its cache entry) stay the same.
  const range = useMemo(() => {
    const now = new Date();
    return { from: now.toISOString(), to: addYears(now, 1).toISOString() };
  }, []);
  const { data, previousData, loading, error, refetch } = useQuery(SettingsTimeOffQuery, {
    variables: { ...range, providerId },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  const clinicians = (shown?.staff ?? [])
    .filter((s) => s.active && s.roles.includes('CLINICIAN'))
    .sort((a, b) => a.lastName.localeCompare(b.lastName));
  const staffById = new Map((shown?.staff ?? []).map((s) => [s.id, s]));
  const facilities = shown?.facilities ?? [];
  const facility = facilities.find((f) => f.id === facilityId) ?? facilities[0] ?? null;
  const timeZone = facility?.timeZone ?? 'UTC';

  const columns: DataTableColumn<TimeOffRow>[] = [
    {
      key: 'provider',
      header: 'Clinician',
      render: (row) => {
        const person = staffById.get(row.providerId);
        return (
          <Group gap="xs" wrap="nowrap">
            <ColorSwatch color={person?.calendarColor ?? '#adb5bd'} size={10} withShadow={false} aria-hidden />
            <Text size="sm">{person?.displayName ?? 'Former staff member'}</Text>
          </Group>
        );
      },
    },
    {
      key: 'from',
      header: 'From',
      nowrap: true,
      render: (row) => (row.startsAt && row.endsAt ? describeTimeOff(row.startsAt, row.endsAt, timeZone).from : '—'),
    },
    {
      key: 'to',
      header: 'To',
      nowrap: true,
      render: (row) => (row.startsAt && row.endsAt ? describeTimeOff(row.startsAt, row.endsAt, timeZone).to : '—'),
    },
    {
      key: 'length',
      header: 'Length',
      nowrap: true,
      render: (row) => {
        if (!row.startsAt || !row.endsAt) return '—';
        const { allDay } = describeTimeOff(row.startsAt, row.endsAt, timeZone);
        return (
          <Group gap={6} wrap="nowrap">
            <span>{timeOffLength(row.startsAt, row.endsAt, allDay)}</span>
            {allDay ? (
              <Badge size="xs" variant="light" color="gray">
                All day
              </Badge>
            ) : null}
          </Group>
        );
      },
    },
    {
      key: 'reason',
      header: 'Reason',
      render: (row) =>
        row.reason ?? (
          <Text c="dimmed" size="sm">
            —
          </Text>
        ),
    },
    {
      key: 'remove',
      header: '',
      align: 'right',
      width: 150,
      render: (row) => (
        <RemoveTimeOffButton
          timeOffId={row.id}
          description={`${staffById.get(row.providerId)?.displayName ?? 'clinician'}, ${
            row.startsAt && row.endsAt ? describeTimeOff(row.startsAt, row.endsAt, timeZone).from : ''
          }`}
          onRemoved={() => void refetch()}
        />
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <QueryError error={error} onRetry={() => void refetch()} />
      {facility ? (
        <Paper withBorder p="sm">
          <AddTimeOffForm
            facilityName={facility.name}
            timeZone={timeZone}
            dateKey={todayKey(timeZone)}
            clinicians={clinicians}
            providerId={null}
            onAdded={() => void refetch()}
          />
        </Paper>
      ) : null}
      <Group gap="sm" align="flex-end" justify="space-between">
        <Text size="sm" fw={600}>
          Upcoming time off
        </Text>
        <Group gap="sm">
          <Select
            aria-label="Show clinician"
            size="xs"
            w={240}
            placeholder="All clinicians"
            clearable
            data={clinicians.map((c) => ({ value: c.id, label: c.displayName }))}
            value={providerId}
            onChange={setProviderId}
          />
          <Select
            aria-label="Times on the clock of"
            size="xs"
            w={260}
            data={facilities.map((f) => ({ value: f.id, label: `${f.name} · ${zoneName(f.timeZone)}` }))}
            value={facility?.id ?? null}
            onChange={setFacilityId}
            allowDeselect={false}
          />
        </Group>
      </Group>
      <DataTable
        label="Upcoming time off"
        columns={columns}
        rows={shown?.timeOff ?? []}
        rowKey={(row) => row.id}
        loading={loading && !data}
        minWidth={820}
        empty={
          <EmptyState
            icon={<IconCalendarOff size={28} stroke={1.5} />}
            title="No time off coming up"
            description="Add a clinician's vacation, conference or leave above; the calendar warns when booking then."
          />
        }
      />
    </Stack>
  );
}
