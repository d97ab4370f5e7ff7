import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { addDays } from 'date-fns';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { graphql } from '../../../gql';
import { dateKeyOf, parseDateKey, todayKey, wallToIso } from '../../calendar/components/facilityTime';
import { showServerErrors } from './serverErrors';
import { timeOffSchema, type TimeOffFormValues } from './timeOffSchema';

const SettingsAddTimeOffMutation = graphql(`
  mutation SettingsAddTimeOff($providerId: ID!, $input: TimeOffInput!) {
    addTimeOff(providerId: $providerId, input: $input) {
      id
      providerId
      startsAt
      endsAt
      reason
    }
  }
`);

export interface AddTimeOffFormProps {
  clinicians: readonly { id: string; displayName: string }[];
  timeZone: string;
  zone: string;
  onAdded: () => void;
}

/** The day after a "2031-03-04" date key: all-day time off ends at the next midnight. */
function nextDay(dateKey: string): string {
  return dateKeyOf(addDays(parseDateKey(dateKey) ?? new Date(), 1));
}

/** Where each API input field's problem is shown. */
const API_FIELDS = { startsAt: 'fromDate', endsAt: 'toDate', reason: 'reason' } as const;

/** One line to add a clinician's time off, all day by default, on the chosen facility's clock. */
export function AddTimeOffForm({ clinicians, timeZone, zone, onAdded }: AddTimeOffFormProps) {
  const [addTimeOff, { loading }] = useMutation(SettingsAddTimeOffMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayKey(timeZone);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors },
  } = useForm<TimeOffFormValues>({
    resolver: zodResolver(timeOffSchema),
    defaultValues: {
      providerId: '',
      allDay: true,
      fromDate: today,
      fromTime: '09:00',
      toDate: today,
      toTime: '17:00',
      reason: '',
    },
    mode: 'onTouched',
  });
  const allDay = useWatch({ control, name: 'allDay' });

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    const input = {
      startsAt: wallToIso(values.fromDate, values.allDay ? '00:00' : values.fromTime, timeZone),
      endsAt: values.allDay
        ? wallToIso(nextDay(values.toDate), '00:00', timeZone)
        : wallToIso(values.toDate, values.toTime, timeZone),
      reason: values.reason || null,
    };
    const { data, error } = await addTimeOff({ variables: { providerId: values.providerId, input } });
    if (data?.addTimeOff) {
      const name = clinicians.find((c) => c.id === values.providerId)?.displayName ?? 'the clinician';
      notifications.show({ color: 'teal', message: `Time off added for ${name}.` });
      // Ready for the next entry for the same clinician (a manager often adds several in a row).
      reset({ ...getValues(), reason: '' });
      onAdded();
      return;
    }
    setProblem(showServerErrors(error, setError, API_FIELDS));
  });

  return (
    <Paper withBorder p="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add time off">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NativeSelect
            label="Clinician"
            size="xs"
            w={190}
            required
            data={[{ value: '', label: 'Choose…' }, ...clinicians.map((c) => ({ value: c.id, label: c.displayName }))]}
            {...register('providerId')}
            error={errors.providerId?.message}
          />
          <TextInput
            label="From"
            type="date"
            size="xs"
            w={130}
            required
            {...register('fromDate')}
            error={errors.fromDate?.message}
          />
          {allDay ? null : (
            <TextInput
              label="Start time"
              type="time"
              size="xs"
              w={118}
              step={900}
              {...register('fromTime')}
              error={errors.fromTime?.message}
            />
          )}
          <TextInput
            label={allDay ? 'To (last day)' : 'To'}
            type="date"
            size="xs"
            w={130}
            required
            {...register('toDate')}
            error={errors.toDate?.message}
          />
          {allDay ? null : (
            <TextInput
              label="End time"
              type="time"
              size="xs"
              w={118}
              step={900}
              {...register('toTime')}
              error={errors.toTime?.message}
            />
          )}
          <Controller
            control={control}
            name="allDay"
            render={({ field }) => (
              <Checkbox
                label="All day"
                size="xs"
                mt={28}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                name={field.name}
                ref={field.ref}
              />
            )}
          />
          <TextInput
            label="Reason"
            size="xs"
            placeholder="Vacation, CE conference…"
            style={{ flex: 1, minWidth: 120 }}
            maxLength={200}
            {...register('reason')}
            error={errors.reason?.message}
          />
          <Button type="submit" size="xs" mt={23} leftSection={<IconPlus size={14} />} loading={loading}>
            Add time off
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          Dates and times in {zone}. Booking during time off needs a reason; existing appointments stay on the calendar.
        </Text>
        {problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" mt="xs">
            {problem}
          </Alert>
        ) : null}
      </form>
    </Paper>
  );
}
