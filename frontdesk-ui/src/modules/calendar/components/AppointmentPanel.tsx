import { useMutation } from '@apollo/client/react';
import { DetailList, notifications, type DetailItem } from '@handoff/ui-kit';
import { Alert, Anchor, Button, ColorSwatch, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCalendarX,
  IconCircleCheck,
  IconUserCheck,
  IconUserX,
  IconVideo,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { AppointmentPanel_AppointmentFragment, AppointmentStatus } from '../../../gql/graphql';
import { StatusBadge, STATUS_META } from './appointmentStatus';
import type { FacilityLike } from './calendarModel';
import { CancelAppointmentForm, type CancelValues, type LateCancelPolicy } from './CancelAppointmentForm';
import { formatDay, formatTimeRange, minutesBetween, zoneName } from './facilityTime';
import { GroupAttendance } from './GroupAttendance';
import { busyMessage, schedulingProblemOf, WARNING_TEXT, type SchedulingProblem } from './schedulingProblem';

export const AppointmentPanel_appointment = graphql(`
  fragment AppointmentPanel_appointment on Appointment {
    id
    version
    startsAt
    endsAt
    status
    facilityId
    providerName
    providerColor
    roomName
    appointmentTypeId
    appointmentTypeName
    color
    telehealth
    telehealthUrl
    cancelReason
    overriddenWarnings
    overrideReason
    seriesId
    recurrence
    attendees {
      patientId
      displayName
      attendance
    }
  }
`);

const SetAppointmentStatusMutation = graphql(`
  mutation SetAppointmentStatus($id: ID!, $status: AppointmentStatus!, $version: Int!) {
    setAppointmentStatus(id: $id, status: $status, version: $version) {
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

const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($id: ID!, $input: CancelAppointmentInput!) {
    cancelAppointment(id: $id, input: $input) {
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

interface StatusAction {
  label: string;
  to: AppointmentStatus;
  icon: Icon;
  color: string;
  variant: 'filled' | 'light' | 'default';
  /** Said in the notification once done. */
  done: string;
}

const CONFIRM: StatusAction = {
  label: 'Confirm',
  to: 'CONFIRMED',
  icon: IconCircleCheck,
  color: 'teal',
  variant: 'light',
  done: 'Confirmed',
};
const CHECK_IN: StatusAction = {
  label: 'Check in',
  to: 'ARRIVED',
  icon: IconUserCheck,
  color: 'handoff',
  variant: 'filled',
  done: 'Checked in',
};
const NO_SHOW: StatusAction = {
  label: 'No-show',
  to: 'NO_SHOW',
  icon: IconUserX,
  color: 'red',
  variant: 'light',
  done: 'Marked as no-show',
};
const UNCONFIRM: StatusAction = {
  label: 'Unconfirm',
  to: 'SCHEDULED',
  icon: IconArrowBackUp,
  color: 'gray',
  variant: 'default',
  done: 'Back to scheduled',
};
const UNDO_CHECK_IN: StatusAction = {
  label: 'Undo check-in',
  to: 'SCHEDULED',
  icon: IconArrowBackUp,
  color: 'gray',
  variant: 'default',
  done: 'Check-in undone',
};
const REINSTATE: StatusAction = {
  label: 'Reinstate',
  to: 'SCHEDULED',
  icon: IconArrowBackUp,
  color: 'handoff',
  variant: 'light',
  done: 'Reinstated',
};

/**
 * What the front desk may do from each status: the API's transitions, less starting and
 * completing the session (the clinician's). Cancelling has its own form (a reason is required).
 */
const ACTIONS: Readonly<Record<AppointmentStatus, { status: readonly StatusAction[]; cancel: boolean }>> = {
  SCHEDULED: { status: [CONFIRM, CHECK_IN, NO_SHOW], cancel: true },
  CONFIRMED: { status: [CHECK_IN, NO_SHOW, UNCONFIRM], cancel: true },
  ARRIVED: { status: [UNDO_CHECK_IN], cancel: true },
  IN_SESSION: { status: [], cancel: false },
  COMPLETED: { status: [], cancel: false },
  NO_SHOW: { status: [REINSTATE], cancel: false },
  CANCELLED: { status: [REINSTATE], cancel: false },
  LATE_CANCELLED: { status: [REINSTATE], cancel: false },
};

export interface AppointmentPanelProps {
  appointment: FragmentType<typeof AppointmentPanel_appointment> | null;
  facilities: readonly FacilityLike[];
  /** Group appointment types: their members' attendance is kept one by one. */
  groupTypeIds: ReadonlySet<string>;
  /** The practice's late-cancellation window and fee, to say whether cancelling now is late. */
  lateCancelPolicy: LateCancelPolicy | null;
  onClose: () => void;
  /** Someone else changed it first: reload what the calendar shows. */
  onStale: () => void;
}

/** The side panel of one appointment: who, when, where, what happened, and the next step. */
export function AppointmentPanel({
  appointment,
  facilities,
  groupTypeIds,
  lateCancelPolicy,
  onClose,
  onStale,
}: AppointmentPanelProps) {
  const entry = appointment ? getFragmentData(AppointmentPanel_appointment, appointment) : null;
  return (
    <Drawer
      opened={!!entry}
      onClose={onClose}
      position="right"
      size={380}
      title="Appointment"
      withOverlay={false}
      trapFocus={false}
      lockScroll={false}
      shadow="xl"
      closeButtonProps={{ 'aria-label': 'Close appointment details' }}
    >
      {/* Keyed by appointment: an open cancel form or message never carries over to another one. */}
      {entry ? (
        <PanelBody
          key={entry.id}
          entry={entry}
          facilities={facilities}
          group={groupTypeIds.has(entry.appointmentTypeId ?? '') || (entry.attendees?.length ?? 0) > 1}
          lateCancelPolicy={lateCancelPolicy}
          onStale={onStale}
        />
      ) : null}
    </Drawer>
  );
}

type Entry = AppointmentPanel_AppointmentFragment;

function PanelBody({
  entry,
  facilities,
  group,
  lateCancelPolicy,
  onStale,
}: {
  entry: Entry;
  facilities: readonly FacilityLike[];
  group: boolean;
  lateCancelPolicy: LateCancelPolicy | null;
  onStale: () => void;
}) {
  const [setStatus, statusState] = useMutation(SetAppointmentStatusMutation);
  const [cancel, cancelState] = useMutation(CancelAppointmentMutation);
  const [cancelling, setCancelling] = useState(false);
  const [sending, setSending] = useState<AppointmentStatus | null>(null);
  const [problem, setProblem] = useState<SchedulingProblem | null>(null);

  const facility = facilities.find((f) => f.id === entry.facilityId) ?? null;
  const timeZone = facility?.timeZone ?? 'UTC';
  const patients = entry.attendees ?? [];
  const status = entry.status;
  const actions = status ? ACTIONS[status] : { status: [], cancel: false };

  const afterChange = (error: unknown, done: string | null) => {
    if (done) {
      setProblem(null);
      notifications.show({ color: 'teal', message: `${done}: ${patientNames(patients)}` });
      return;
    }
    const found = schedulingProblemOf(error as Parameters<typeof schedulingProblemOf>[0]);
    setProblem(found);
    if (found?.kind === 'stale') onStale();
  };

  const changeStatus = async (action: StatusAction) => {
    setSending(action.to);
    const { data, error } = await setStatus({ variables: { id: entry.id, status: action.to, version: entry.version } });
    setSending(null);
    afterChange(error, data?.setAppointmentStatus ? action.done : null);
  };

  const submitCancel = async (values: CancelValues) => {
    const { data, error } = await cancel({
      variables: {
        id: entry.id,
        input: {
          version: entry.version,
          reason: values.reason,
          late: values.late,
          waiveFee: values.late && values.waiveFee,
          scope: entry.seriesId ? values.scope : 'THIS',
        },
      },
    });
    if (data?.cancelAppointment) setCancelling(false);
    afterChange(error, data?.cancelAppointment ? (values.late ? 'Late cancellation recorded' : 'Cancelled') : null);
  };

  const minutes = entry.startsAt && entry.endsAt ? minutesBetween(entry.startsAt, entry.endsAt) : null;
  const items: DetailItem[] = [
    {
      label: 'Type',
      value: (
        <Group gap={6} wrap="nowrap" component="span">
          <ColorSwatch color={entry.color} size={10} aria-hidden />
          {entry.appointmentTypeName}
        </Group>
      ),
      fullWidth: true,
    },
    {
      label: 'Provider',
      value: (
        <Group gap={6} wrap="nowrap" component="span">
          <ColorSwatch color={entry.providerColor} size={10} aria-hidden />
          {entry.providerName}
        </Group>
      ),
      fullWidth: true,
    },
    { label: 'Facility', value: facility?.name ?? '—' },
    {
      label: entry.telehealth ? 'Telehealth' : 'Room',
      value: entry.telehealth ? (
        entry.telehealthUrl ? (
          <Anchor href={entry.telehealthUrl} target="_blank" rel="noreferrer" size="sm">
            <Group gap={4} component="span" wrap="nowrap">
              <IconVideo size={14} aria-hidden /> Video link
            </Group>
          </Anchor>
        ) : (
          'No video link yet'
        )
      ) : (
        (entry.roomName ?? 'No room')
      ),
    },
  ];
  if (entry.seriesId) items.push({ label: 'Repeats', value: describeRecurrence(entry.recurrence), fullWidth: true });
  if (entry.cancelReason) items.push({ label: 'Cancellation reason', value: entry.cancelReason, fullWidth: true });
  if (entry.overriddenWarnings && entry.overriddenWarnings.length > 0) {
    items.push({
      label: 'Booked despite',
      value: (
        <>
          {entry.overriddenWarnings.map((w) => (
            <Text key={w} size="sm">
              {WARNING_TEXT[w]}
            </Text>
          ))}
          {entry.overrideReason ? (
            <Text size="xs" c="dimmed" mt={2}>
              Reason: {entry.overrideReason}
            </Text>
          ) : null}
        </>
      ),
      fullWidth: true,
    });
  }

  return (
    <Stack gap="md">
      <div>
        <Group gap="xs" mb={4}>
          {status ? <StatusBadge status={status} /> : null}
        </Group>
        <Stack gap={2}>
          {group ? (
            // A group's members are listed with their attendance below; the heading names the session.
            <Text fw={600}>
              {entry.appointmentTypeName} · {patients.length} {patients.length === 1 ? 'patient' : 'patients'}
            </Text>
          ) : patients.length === 0 ? (
            <Text fw={600}>Busy</Text>
          ) : (
            patients.map((p) =>
              p.displayName ? (
                <Anchor key={p.patientId} component={Link} to={`/patients/${p.patientId}`} fw={600} size="md">
                  {p.displayName}
                </Anchor>
              ) : (
                <Text key={p.patientId} fw={600}>
                  Busy
                </Text>
              ),
            )
          )}
        </Stack>
        {entry.startsAt && entry.endsAt ? (
          <>
            <Text size="sm" mt={4}>
              {formatDay(entry.startsAt, timeZone)} · {formatTimeRange(entry.startsAt, entry.endsAt, timeZone)}
              {minutes ? ` (${minutes} min)` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {zoneName(timeZone, new Date(entry.startsAt))}
            </Text>
          </>
        ) : null}
      </div>

      <DetailList items={items} cols={2} />

      {group && patients.length > 0 ? (
        <GroupAttendance
          appointmentId={entry.id}
          version={entry.version}
          attendees={patients}
          editable={!!status && !['CANCELLED', 'LATE_CANCELLED', 'NO_SHOW'].includes(status)}
          onStale={onStale}
        />
      ) : null}

      {problem ? (
        <ProblemAlert
          problem={problem}
          providerName={entry.providerName}
          roomName={entry.roomName ?? null}
          timeZone={timeZone}
        />
      ) : null}

      {actions.status.length > 0 || actions.cancel ? (
        <>
          <Divider />
          {cancelling ? (
            <CancelAppointmentForm
              recurring={!!entry.seriesId}
              startsAt={entry.startsAt ?? null}
              policy={lateCancelPolicy}
              loading={cancelState.loading}
              onCancel={(values) => void submitCancel(values)}
              onKeep={() => setCancelling(false)}
            />
          ) : (
            <Group gap="xs">
              {actions.status.map((action) => {
                const ActionIcon = action.icon;
                return (
                  <Button
                    key={action.label}
                    size="xs"
                    color={action.color}
                    variant={action.variant}
                    leftSection={<ActionIcon size={14} aria-hidden />}
                    loading={sending === action.to}
                    disabled={statusState.loading}
                    onClick={() => void changeStatus(action)}
                  >
                    {action.label}
                  </Button>
                );
              })}
              {actions.cancel ? (
                <Button
                  size="xs"
                  color="red"
                  variant="subtle"
                  leftSection={<IconCalendarX size={14} aria-hidden />}
                  onClick={() => setCancelling(true)}
                >
                  Cancel appointment
                </Button>
              ) : null}
            </Group>
          )}
        </>
      ) : status ? (
        <Text size="xs" c="dimmed">
          {STATUS_META[status].label}: nothing left for the front desk to do here.
        </Text>
      ) : null}
      {status === 'SCHEDULED' || status === 'CONFIRMED' || status === 'ARRIVED' ? (
        <Text size="xs" c="dimmed">
          To move it, drag it on the calendar; drag its bottom edge to change the length.
        </Text>
      ) : null}
    </Stack>
  );
}

function patientNames(patients: Entry['attendees']): string {
  const names = (patients ?? []).map((p) => p.displayName).filter(Boolean);
  return names.length > 0 ? names.join(', ') : 'appointment';
}

function ProblemAlert(props: {
  problem: SchedulingProblem;
  providerName: string;
  roomName: string | null;
  timeZone: string;
}) {
  const { problem } = props;
  const message =
    problem.kind === 'busy'
      ? busyMessage(problem, { provider: props.providerName, room: props.roomName, timeZone: props.timeZone })
      : problem.kind === 'warnings'
        ? problem.warnings.map((w) => WARNING_TEXT[w]).join(' ')
        : problem.message;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
      {message}
    </Alert>
  );
}

/** "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" → "Every 2 weeks". Enough to recognise a series, not a full RRULE reader. */
function describeRecurrence(rule: string | null | undefined): string {
  if (!rule) return 'Part of a recurring series';
  const parts = new Map(
    rule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const frequency = parts.get('FREQ');
  if (frequency === 'WEEKLY') return interval === 1 ? 'Weekly' : `Every ${interval} weeks`;
  if (frequency === 'MONTHLY') return interval === 1 ? 'Monthly, same weekday' : `Every ${interval} months`;
  return 'Part of a recurring series';
}
