import { Grid, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { BookingFormInput, BookingFormValues } from './bookingSchema';
import { formatDay } from './facilityTime';
import { MAX_VISITS, previewDates, repeatOptions } from './recurrence';

export interface RecurrenceFieldsProps {
  control: Control<BookingFormInput, unknown, BookingFormValues>;
  register: UseFormRegister<BookingFormInput>;
  errors: FieldErrors<BookingFormInput>;
  /** The row already holds another field (the video link pushed "Repeats" to the left half): "Ends" shares it. */
  narrow: boolean;
}

/** "Tue, Mar 4, 2031" for a facility calendar date (noon UTC: the same date in every zone). */
function dayLabel(dateKey: string): string {
  return formatDay(`${dateKey}T12:00:00Z`, 'UTC');
}

/**
 * Grid columns for the booking form's grid. "Repeats": weekly, every two weeks or monthly on the same weekday ("2nd Tuesday"), ending after
 * a number of visits or on a date. A line under it previews what will be booked ("6 visits, the
 * last on Wed, Jan 6, 2027"), so a wrong end date is seen before it becomes 30 appointments.
 */
export function RecurrenceFields({ control, register, errors, narrow }: RecurrenceFieldsProps) {
  const [date, repeats, endsBy, count, until] = useWatch({
    control,
    name: ['date', 'repeats', 'endsBy', 'count', 'until'],
  });
  const repeating = repeats !== 'NONE';
  const dates = repeating
    ? previewDates(
        date,
        endsBy === 'count' ? { frequency: repeats, count: Number(count) || 0 } : { frequency: repeats, until },
      )
    : [];
  const preview =
    !repeating || dates.length < 2
      ? null
      : endsBy === 'until' && dates.length === MAX_VISITS
        ? `${MAX_VISITS} visits (the most one series can hold), the last on ${dayLabel(dates[dates.length - 1]!)}`
        : `${dates.length} visits, the last on ${dayLabel(dates[dates.length - 1]!)}`;

  return (
    <>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NativeSelect
          label="Repeats"
          leftSection={<IconRepeat size={14} aria-hidden />}
          data={repeatOptions(date)}
          {...register('repeats')}
        />
      </Grid.Col>
      {repeating ? (
        <>
          <Grid.Col span={{ base: 6, sm: narrow ? 3 : 6 }}>
            <NativeSelect
              label="Ends"
              data={[
                { value: 'count', label: 'After N visits' },
                { value: 'until', label: 'On a date' },
              ]}
              {...register('endsBy')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: narrow ? 3 : 6 }}>
            {endsBy === 'count' ? (
              <TextInput
                label="Number of visits"
                type="number"
                inputMode="numeric"
                min={2}
                max={MAX_VISITS}
                required
                {...register('count')}
                error={errors.count?.message}
              />
            ) : (
              <TextInput
                label="Last visit on or before"
                type="date"
                min={date}
                required
                {...register('until')}
                error={errors.until?.message}
              />
            )}
          </Grid.Col>
          {preview ? (
            <Grid.Col span={12} pt={0}>
              <Text size="xs" c="dimmed" aria-live="polite">
                {preview}
              </Text>
            </Grid.Col>
          ) : null}
        </>
      ) : null}
    </>
  );
}
