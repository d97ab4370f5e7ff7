import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { Alert, Anchor, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconChevronDown,
  IconCircleDashed,
  IconUserCheck,
  IconUserX,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { Attendance } from '../../../gql/graphql';
import { schedulingProblemOf } from './schedulingProblem';

const SetAttendanceMutation = graphql(`
  mutation SetAttendance(
    $appointmentId: ID!
    $patientId: ID!
    $attendance: Attendance!
    $version: Int!
    $waiveFee: Boolean!
  ) {
    setAttendance(
      appointmentId: $appointmentId
      patientId: $patientId
      attendance: $attendance
      version: $version
      waiveFee: $waiveFee
    ) {
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

const ATTENDANCE_META: Readonly<Record<Attendance, { label: string; color: string; icon: Icon }>> = {
  EXPECTED: { label: 'Expected', color: 'gray', icon: IconCircleDashed },
  ATTENDED: { label: 'Attended', color: 'teal', icon: IconUserCheck },
  NO_SHOW: { label: 'No-show', color: 'red', icon: IconUserX },
  CANCELLED: { label: 'Cancelled', color: 'gray', icon: IconX },
};

/** The choices in each member's menu: a no-show with or without the fee, as the desk decides. */
const CHOICES: readonly { attendance: Attendance; waiveFee: boolean; label: string; done: string }[] = [
  { attendance: 'ATTENDED', waiveFee: false, label: 'Attended', done: 'Marked as attended' },
  { attendance: 'NO_SHOW', waiveFee: false, label: 'No-show (charge the fee)', done: 'Marked as no-show' },
  { attendance: 'NO_SHOW', waiveFee: true, label: 'No-show, waive the fee', done: 'Marked as no-show, fee waived' },
  { attendance: 'CANCELLED', waiveFee: false, label: 'Cancelled', done: 'Marked as cancelled' },
  { attendance: 'EXPECTED', waiveFee: false, label: 'Back to expected', done: 'Back to expected' },
];

export interface GroupAttendee {
  patientId: string;
  displayName?: string | null;
  attendance?: Attendance | null;
}

export interface GroupAttendanceProps {
  appointmentId: string;
  version: number;
  attendees: readonly GroupAttendee[];
  /** Attendance can be marked while the session holds its time (not once cancelled or missed). */
  editable: boolean;
  /** Someone else changed the appointment first: reload the calendar. */
  onStale: () => void;
}

/**
 * A group session's members, one row each, with their own attendance: one member can be a
 * no-show (charged the practice's no-show fee unless waived) while the others attend.
 */
export function GroupAttendance({ appointmentId, version, attendees, editable, onStale }: GroupAttendanceProps) {
  const [setAttendance] = useMutation(SetAttendanceMutation);
  const [sending, setSending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const counts = attendees.reduce<Partial<Record<Attendance, number>>>((all, a) => {
    const key = a.attendance ?? 'EXPECTED';
    return { ...all, [key]: (all[key] ?? 0) + 1 };
  }, {});

  const mark = async (attendee: GroupAttendee, choice: (typeof CHOICES)[number]) => {
    setSending(attendee.patientId);
    setFailure(null);
    const { data, error } = await setAttendance({
      variables: {
        appointmentId,
        patientId: attendee.patientId,
        attendance: choice.attendance,
        version,
        waiveFee: choice.waiveFee,
      },
    });
    setSending(null);
    if (data?.setAttendance) {
      notifications.show({ color: 'teal', message: `${choice.done}: ${attendee.displayName ?? 'patient'}` });
      return;
    }
    const problem = schedulingProblemOf(error);
    if (problem?.kind === 'stale') onStale();
    setFailure(problem && 'message' in problem ? problem.message : 'Attendance was not saved. Please try again.');
  };

  return (
    <Stack gap={6} component="section" aria-label="Attendance">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          Attendance
        </Text>
        <Text size="xs" c="dimmed">
          {(['ATTENDED', 'NO_SHOW', 'CANCELLED', 'EXPECTED'] as const)
            .filter((a) => counts[a])
            .map((a) => `${counts[a]} ${ATTENDANCE_META[a].label.toLowerCase()}`)
            .join(' · ')}
        </Text>
      </Group>
      <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {attendees.map((attendee) => {
          const attendance = attendee.attendance ?? 'EXPECTED';
          const meta = ATTENDANCE_META[attendance];
          const AttendanceIcon = meta.icon;
          const name = attendee.displayName ?? 'Patient';
          return (
            <Group
              key={attendee.patientId}
              component="li"
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              py={5}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              {attendee.displayName ? (
                <Anchor component={Link} to={`/patients/${attendee.patientId}`} size="sm" fw={500} truncate="end">
                  {attendee.displayName}
                </Anchor>
              ) : (
                <Text size="sm" fw={500}>
                  Patient
                </Text>
              )}
              {editable ? (
                <Menu position="bottom-end" withinPortal shadow="md">
                  <Menu.Target>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color={meta.color}
                      leftSection={<AttendanceIcon size={12} aria-hidden />}
                      rightSection={<IconChevronDown size={12} aria-hidden />}
                      loading={sending === attendee.patientId}
                      aria-label={`Attendance for ${name}: ${meta.label}`}
                      style={{ flex: 'none' }}
                    >
                      {meta.label}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Label>{name}</Menu.Label>
                    {CHOICES.filter((c) => c.attendance !== attendance).map((choice) => {
                      const ChoiceIcon =
                        choice.attendance === 'EXPECTED' ? IconArrowBackUp : ATTENDANCE_META[choice.attendance].icon;
                      return (
                        <Menu.Item
                          key={choice.label}
                          leftSection={<ChoiceIcon size={14} aria-hidden />}
                          color={choice.attendance === 'NO_SHOW' && !choice.waiveFee ? 'red' : undefined}
                          onClick={() => void mark(attendee, choice)}
                        >
                          {choice.label}
                        </Menu.Item>
                      );
                    })}
                  </Menu.Dropdown>
                </Menu>
              ) : (
                <Badge
                  variant="light"
                  color={meta.color}
                  leftSection={<AttendanceIcon size={12} aria-hidden />}
                  style={{ flex: 'none' }}
                >
                  {meta.label}
                </Badge>
              )}
            </Group>
          );
        })}
      </Stack>
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
          {failure}
        </Alert>
      ) : null}
    </Stack>
  );
}
