import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications, userMessage } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Grid, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { addDays } from 'date-fns';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { AddTimeOffMutation } from '../../../gql/graphql';
import { dateKeyOf, formatTimeOffRange, parseDateKey, wallToIso, zoneName } from './facilityTime';

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

export interface AddTimeOffFormProps {
  /** The facility whose clock the times are entered on. */
  facilityName: string;
  timeZone: string;
  /** Where new time off starts by default (the day on screen, or today). */
  dateKey: string;
  clinicians: readonly { id: string; displayName: string }[];
  /** Preselected provider, if any. */
  providerId: string | null;
  onAdded: (timeOff: AddedTimeOff) => void;
}

/**
 * A provider's time off, all day by default or from a time to a time, on the facility's clock:
 * the calendar's time-off dialog and the manager's settings use this one form.
 */
export function AddTimeOffForm({
  facilityName,
  timeZone,
  dateKey,
  clinicians,
  providerId,
  onAdded,
}: AddTimeOffFormProps) {
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
