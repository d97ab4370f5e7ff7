import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  ColorSwatch,
  Divider,
  Grid,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { addDays } from 'date-fns';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { AddTimeOffMutation } from '../../../gql/graphql';
import type { StaffLike, TimeOffLike } from './calendarModel';
import { dateKeyOf, formatShortDay, formatTime, parseDateKey, toWall, wallToIso, zoneName } from './facilityTime';

const AddTimeOffMutationDocument = graphql(`
  mutation AddTimeOff($providerId: ID!, $input: TimeOffInput!) {
    addTimeOff(providerId: $providerId, input: $input) {
      id
      providerId
      startsAt
      endsAt
      reason
    }
  }
`);

const RemoveTimeOffMutationDocument = graphql(`
  mutation RemoveTimeOff($id: ID!) {
    removeTimeOff(id: $id)
  }
`);

export type AddedTimeOff = AddTimeOffMutation['addTimeOff'];

const timeOffSchema = z
  .object({
    providerId: z.string().min(1, 'Choose the provider'),
    allDay: z.boolean(),
    fromDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the first day'),
    fromTime: z.string(),
    toDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the last day'),
    toTime: z.string(),
    reason: z.string().trim().max(200, 'At most 200 characters'),
  })
  .superRefine((values, context) => {
    if (values.allDay) {
      if (values.toDate < values.fromDate) {
        context.addIssue({ code: 'custom', path: ['toDate'], message: 'Pick a day on or after the first' });
      }
      return;
    }
    if (!/^\d{2}:\d{2}$/.test(values.fromTime)) {
      context.addIssue({ code: 'custom', path: ['fromTime'], message: 'Enter the start time' });
    }
    if (!/^\d{2}:\d{2}$/.test(values.toTime)) {
      context.addIssue({ code: 'custom', path: ['toTime'], message: 'Enter the end time' });
    } else if (`${values.toDate}T${values.toTime}` <= `${values.fromDate}T${values.fromTime}`) {
      context.addIssue({ code: 'custom', path: ['toTime'], message: 'Must end after it starts' });
    }
  });

type TimeOffValues = z.infer<typeof timeOffSchema>;

/**
 * "Mon, Dec 1 – Wed, Dec 3 (all day)", "Tue, Dec 2, 1:00 – 5:00 PM" or "Mon, Dec 1, 1:00 PM – Tue,
 * Dec 2, 9:00 AM", on the facility's clock.
 */
export function formatTimeOffRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = toWall(startsAt, timeZone);
  const end = toWall(endsAt, timeZone);
  const midnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0;
  if (midnight(start) && midnight(end)) {
    const lastDay = addDays(end, -1);
    const first = formatShortDay(startsAt, timeZone);
    const last = formatShortDay(wallToIso(dateKeyOf(lastDay), '12:00', timeZone), timeZone);
    return first === last ? `${first} (all day)` : `${first} – ${last} (all day)`;
  }
  if (dateKeyOf(start) === dateKeyOf(end)) {
    return `${formatShortDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)} – ${formatTime(endsAt, timeZone)}`;
  }
  return `${formatShortDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)} – ${formatShortDay(endsAt, timeZone)}, ${formatTime(endsAt, timeZone)}`;
}

export interface TimeOffDialogProps {
  opened: boolean;
  /** The facility whose clock the times are entered on (the calendar's). */
  facilityName: string;
  timeZone: string;
  /** "Dec 1 – 7, 2026": the week the list below covers. */
  weekLabel: string;
  /** The day shown on the calendar: where new time off starts by default. */
  dateKey: string;
  clinicians: readonly StaffLike[];
  /** The week's time off (every provider), from the calendar's own query. */
  timeOff: readonly TimeOffLike[];
  /** Preselected in the form: the one provider filtered on, if any. */
  providerId: string | null;
  onClose: () => void;
  onAdded: (timeOff: AddedTimeOff) => void;
  onRemoved: (id: string) => void;
}

/**
 * Time off for providers, kept by the front desk: the week's list with "Remove", and a short form
 * to add some (all day by default, or from a time to a time). Booking during time off stays
 * possible with a reason; the calendar shades it so nobody does so by accident.
 */
export function TimeOffDialog({ opened, onClose, ...props }: TimeOffDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Time off" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {opened ? <TimeOffManager {...props} /> : null}
    </Modal>
  );
}

function TimeOffManager({
  facilityName,
  timeZone,
  weekLabel,
  dateKey,
  clinicians,
  timeOff,
  providerId,
  onAdded,
  onRemoved,
}: Omit<TimeOffDialogProps, 'opened' | 'onClose'>) {
  const nameOf = (id: string) => clinicians.find((c) => c.id === id);
  const listed = [...timeOff].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));

  return (
    <Stack gap="md">
      <section aria-label="Time off this week">
        <Text size="sm" fw={600} mb={6}>
          This week ({weekLabel})
        </Text>
        {listed.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody has time off this week.
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {listed.map((item) => (
              <TimeOffRow
                key={item.id}
                item={item}
                provider={nameOf(item.providerId) ?? null}
                timeZone={timeZone}
                onRemoved={onRemoved}
              />
            ))}
          </Stack>
        )}
      </section>
      <Divider />
      <AddTimeOffForm
        facilityName={facilityName}
        timeZone={timeZone}
        dateKey={dateKey}
        clinicians={clinicians}
        providerId={providerId}
        onAdded={onAdded}
      />
    </Stack>
  );
}

function TimeOffRow({
  item,
  provider,
  timeZone,
  onRemoved,
}: {
  item: TimeOffLike;
  provider: StaffLike | null;
  timeZone: string;
  onRemoved: (id: string) => void;
}) {
  const [remove, { loading }] = useMutation(RemoveTimeOffMutationDocument);
  const [error, setError] = useState<string | null>(null);
  const range = item.startsAt && item.endsAt ? formatTimeOffRange(item.startsAt, item.endsAt, timeZone) : '';
  const name = provider?.displayName ?? 'Provider';

  const removeIt = async () => {
    const { data, error: failed } = await remove({ variables: { id: item.id } });
    if (failed) {
      setError(userMessage(failed));
      return;
    }
    // False means someone removed it already: either way it is gone.
    onRemoved(item.id);
    notifications.show({
      color: 'teal',
      message: data?.removeTimeOff ? `Time off removed: ${name}` : 'That time off was already removed.',
    });
  };

  return (
    <li>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <ColorSwatch color={provider?.calendarColor ?? 'gray'} size={10} aria-hidden />
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate="end">
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {range}
              {item.reason ? ` · ${item.reason}` : ''}
            </Text>
          </div>
        </Group>
        <Tooltip label="Remove this time off">
          <ActionIcon
            variant="subtle"
            color="red"
            loading={loading}
            aria-label={`Remove time off for ${name}, ${range}`}
            onClick={() => void removeIt()}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </li>
  );
}

function AddTimeOffForm({
  facilityName,
  timeZone,
  dateKey,
  clinicians,
  providerId,
  onAdded,
}: {
  facilityName: string;
  timeZone: string;
  dateKey: string;
  clinicians: readonly StaffLike[];
  providerId: string | null;
  onAdded: (timeOff: AddedTimeOff) => void;
}) {
  const [add, { loading }] = useMutation(AddTimeOffMutationDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<TimeOffValues>({
    resolver: zodResolver(timeOffSchema),
    defaultValues: {
      providerId: providerId ?? '',
      allDay: true,
      fromDate: dateKey,
      fromTime: '12:00',
      toDate: dateKey,
      toTime: '17:00',
      reason: '',
    },
  });
  const allDay = useWatch({ control, name: 'allDay' });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    // All day: from the first day's midnight to the midnight after the last, on the facility's clock.
    const startsAt = wallToIso(values.fromDate, values.allDay ? '00:00' : values.fromTime, timeZone);
    const endsAt = values.allDay
      ? wallToIso(dateKeyOf(addDays(parseDateKey(values.toDate)!, 1)), '00:00', timeZone)
      : wallToIso(values.toDate, values.toTime, timeZone);
    const { data, error } = await add({
      variables: { providerId: values.providerId, input: { startsAt, endsAt, reason: values.reason || null } },
    });
    const added = data?.addTimeOff;
    if (added) {
      onAdded(added);
      notifications.show({
        color: 'teal',
        title: 'Time off added',
        message: `${clinicians.find((c) => c.id === values.providerId)?.displayName ?? 'Provider'}: ${formatTimeOffRange(startsAt, endsAt, timeZone)}`,
      });
      // Keep the provider and days (another block for the same person is the usual next step).
      reset({ ...values, reason: '' });
      return;
    }
    const fields = invalidFields(error);
    if (fields['endsAt']) setError(values.allDay ? 'toDate' : 'toTime', { message: fields['endsAt'] });
    else if (fields['reason']) setError('reason', { message: fields['reason'] });
    else setFailure(userMessage(error));
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add time off">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            Add time off
          </Text>
          <Text size="xs" c="dimmed">
            {facilityName} · times in {zoneName(timeZone)}
          </Text>
        </Group>
        <Grid gap="sm" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <NativeSelect
              label="Provider"
              required
              data={[
                { value: '', label: 'Choose…' },
                ...clinicians.map((c) => ({ value: c.id, label: c.displayName })),
              ]}
              {...register('providerId')}
              error={errors.providerId?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }} pt={{ sm: 34 }}>
            <Checkbox label="All day" {...register('allDay')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: allDay ? 6 : 3 }}>
            <TextInput
              label="First day"
              type="date"
              required
              {...register('fromDate')}
              error={errors.fromDate?.message}
            />
          </Grid.Col>
          {allDay ? null : (
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                label="From"
                type="time"
                step={300}
                {...register('fromTime')}
                error={errors.fromTime?.message}
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 6, sm: allDay ? 6 : 3 }}>
            <TextInput label="Last day" type="date" required {...register('toDate')} error={errors.toDate?.message} />
          </Grid.Col>
          {allDay ? null : (
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput label="Until" type="time" step={300} {...register('toTime')} error={errors.toTime?.message} />
            </Grid.Col>
          )}
          <Grid.Col span={12}>
            <TextInput
              label="Reason"
              description="Shown on the calendar to every desk, e.g. “Vacation”, “Training”. No patient details."
              maxLength={200}
              {...register('reason')}
              error={errors.reason?.message}
            />
          </Grid.Col>
        </Grid>
        {failure ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Add time off
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
