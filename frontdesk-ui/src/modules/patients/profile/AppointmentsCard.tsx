import { EmptyState, SectionCard } from '@handoff/ui-kit';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconCalendarOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { STATUS_META } from '../../calendar/components/appointmentStatus';
import { formatDay, formatTimeRange } from '../../calendar/components/facilityTime';

export const AppointmentsCard_appointment = graphql(`
  fragment AppointmentsCard_appointment on Appointment {
    id
    startsAt
    endsAt
    status
    appointmentTypeName
    providerName
    roomName
    telehealth
    facilityId
  }
`);

type AppointmentFragment = FragmentType<typeof AppointmentsCard_appointment>;

export interface AppointmentsCardProps {
  upcoming: readonly AppointmentFragment[] | null | undefined;
  recent: readonly AppointmentFragment[] | null | undefined;
  /** Facility id → IANA zone: a visit's time is told on its facility's clock. */
  timeZones: ReadonlyMap<string, string>;
}

interface AppointmentListProps {
  rows: readonly AppointmentFragment[];
  timeZones: ReadonlyMap<string, string>;
  label: string;
}

function AppointmentList({ rows, timeZones, label }: AppointmentListProps) {
  const appointments = getFragmentData(AppointmentsCard_appointment, rows);
  if (appointments.length === 0) {
    return <EmptyState compact icon={<IconCalendarOff size={16} />} title={`No ${label.toLowerCase()} appointments`} />;
  }
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={`${label} appointments`}>
      {appointments.map((a) => {
        const zone = (a.facilityId && timeZones.get(a.facilityId)) || Intl.DateTimeFormat().resolvedOptions().timeZone;
        const meta = a.status ? STATUS_META[a.status] : null;
        return (
          <Group key={a.id} component="li" justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm" fw={500}>
                {a.startsAt ? formatDay(a.startsAt, zone) : '—'}
                {a.startsAt && a.endsAt ? (
                  <Text span size="sm" c="dimmed" fw={400}>
                    {' · '}
                    {formatTimeRange(a.startsAt, a.endsAt, zone)}
                  </Text>
                ) : null}
              </Text>
              <Text size="xs" c="dimmed">
                {a.appointmentTypeName} · {a.providerName}
                {a.telehealth ? ' · Telehealth' : a.roomName ? ` · ${a.roomName}` : ''}
              </Text>
            </div>
            {meta ? (
              <Badge color={meta.color} variant="light" size="sm" style={{ flex: 'none' }}>
                {meta.label}
              </Badge>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}

/** The patient's next visits and the latest ones (with no-shows and cancellations). */
export function AppointmentsCard({ upcoming, recent, timeZones }: AppointmentsCardProps) {
  return (
    <SectionCard
      title="Appointments"
      actions={
        <Button
          component={Link}
          to="/calendar"
          size="compact-sm"
          variant="subtle"
          leftSection={<IconCalendarPlus size={14} aria-hidden />}
        >
          Book appointment
        </Button>
      }
    >
      <Stack gap="xs">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          Upcoming
        </Text>
        <AppointmentList rows={upcoming ?? []} timeZones={timeZones} label="Upcoming" />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt={4}>
          Recent
        </Text>
        <AppointmentList rows={recent ?? []} timeZones={timeZones} label="Recent" />
      </Stack>
    </SectionCard>
  );
}
