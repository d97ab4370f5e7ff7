import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Divider, Grid, Group, Modal, MultiSelect, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { addDays } from 'date-fns';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { AppointmentTypeOption } from './BookingForm';
import type { FacilityLike, StaffLike } from './calendarModel';
import { dateKeyOf, parseDateKey, todayKey, wallToIso, zoneName } from './facilityTime';
import { OpenSlotList, type OpenSlot, type OpenSlotSearch } from './OpenSlotList';

/** The API searches at most 62 days at a time. */
const MAX_RANGE_DAYS = 62;
/** Enough for a few providers' mornings; "Show more times" asks for the next ones. */
const PAGE = 60;

const findSlotSchema = z
  .object({
    appointmentTypeId: z.string().min(1, 'Choose the appointment type'),
    providerIds: z.array(z.string()),
    facilityId: z.string().min(1, 'Choose the facility'),
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the first day'),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the last day'),
    minutes: z
      .string()
      .trim()
      .refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) >= 5 && Number(value) <= 480), {
        message: 'From 5 to 480 minutes',
      }),
  })
  .superRefine((values, context) => {
    const from = parseDateKey(values.from);
    const to = parseDateKey(values.to);
    if (!from || !to) return;
    if (to < from) context.addIssue({ code: 'custom', path: ['to'], message: 'Pick a day on or after the first' });
    else if (to > addDays(from, MAX_RANGE_DAYS - 1)) {
      context.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_RANGE_DAYS} days at a time` });
    }
  });

type FindSlotValues = z.infer<typeof findSlotSchema>;

/** What was searched, handed back with the slot picked so the booking form starts filled in. */
export interface SlotChoice {
  slot: OpenSlot;
  facilityId: string;
  appointmentTypeId: string;
  minutes: number | null;
}

export interface FindSlotDialogProps {
  opened: boolean;
  facilityId: string;
  facilities: readonly FacilityLike[];
  clinicians: readonly StaffLike[];
  appointmentTypes: readonly AppointmentTypeOption[];
  /** The providers picked in the calendar's filter: the likeliest ones to search. */
  providerIds: readonly string[];
  onClose: () => void;
  onPick: (choice: SlotChoice) => void;
}

/**
 * "Find a slot": the first free times for a type at a facility, for some providers or any, over a
 * range of days (today to two weeks out unless changed). A slot picked opens the booking form with
 * the provider, time and type filled in: only the patient is left to choose. Kept mounted, so
 * reopening it shows the last search.
 */
export function FindSlotDialog(props: FindSlotDialogProps) {
  const { opened, onClose } = props;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Find a slot"
      size="xl"
      keepMounted
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <FindSlotForm {...props} />
    </Modal>
  );
}

function FindSlotForm({
  facilityId,
  facilities,
  clinicians,
  appointmentTypes,
  providerIds,
  onPick,
}: FindSlotDialogProps) {
  const timeZoneOf = (id: string) => facilities.find((f) => f.id === id)?.timeZone ?? 'UTC';
  const initialZone = timeZoneOf(facilityId);
  const today = todayKey(initialZone);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<FindSlotValues>({
    resolver: zodResolver(findSlotSchema),
    defaultValues: {
      appointmentTypeId: '',
      providerIds: [...providerIds],
      facilityId,
      from: today,
      to: dateKeyOf(addDays(parseDateKey(today)!, 14)),
      minutes: '',
    },
  });
  const [search, setSearch] = useState<{
    variables: OpenSlotSearch;
    facilityId: string;
    timeZone: string;
    typeId: string;
  } | null>(null);

  const submit = handleSubmit((values) => {
    const timeZone = timeZoneOf(values.facilityId);
    const lastDay = dateKeyOf(addDays(parseDateKey(values.to)!, 1));
    setSearch({
      timeZone,
      facilityId: values.facilityId,
      typeId: values.appointmentTypeId,
      variables: {
        facilityId: values.facilityId,
        appointmentTypeId: values.appointmentTypeId,
        from: wallToIso(values.from, '00:00', timeZone),
        to: wallToIso(lastDay, '00:00', timeZone),
        providerIds: values.providerIds.length > 0 ? values.providerIds : null,
        roomId: null,
        minutes: values.minutes ? Number(values.minutes) : null,
        first: PAGE,
      },
    });
  });

  const count = search?.variables.first ?? 0;
  return (
    <Stack gap="md">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Search for free times">
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label="Appointment type"
              required
              data={[
                { value: '', label: 'Choose…' },
                ...appointmentTypes.map((t) => ({ value: t.id, label: `${t.name} (${t.defaultMinutes} min)` })),
              ]}
              {...register('appointmentTypeId')}
              error={errors.appointmentTypeId?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Controller
              control={control}
              name="providerIds"
              render={({ field }) => (
                <MultiSelect
                  label="Providers"
                  placeholder={field.value.length === 0 ? 'Any provider' : undefined}
                  data={clinicians.map((c) => ({ value: c.id, label: c.displayName }))}
                  value={field.value}
                  onChange={field.onChange}
                  searchable
                  clearable
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <NativeSelect
              label="Facility"
              data={facilities.map((f) => ({ value: f.id, label: f.name }))}
              {...register('facilityId')}
              error={errors.facilityId?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextInput label="From" type="date" required {...register('from')} error={errors.from?.message} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextInput label="To" type="date" required {...register('to')} error={errors.to?.message} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextInput
              label="Length (minutes)"
              placeholder="The type's length"
              type="number"
              inputMode="numeric"
              min={5}
              max={480}
              step={5}
              {...register('minutes')}
              error={errors.minutes?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Button type="submit" fullWidth leftSection={<IconSearch size={16} aria-hidden />}>
              Search
            </Button>
          </Grid.Col>
        </Grid>
      </form>

      {search ? (
        <>
          <Divider />
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              Free times
            </Text>
            <Text size="xs" c="dimmed">
              Times in {zoneName(search.timeZone)} · click one to book it
            </Text>
          </Group>
          <div style={{ maxHeight: '46dvh', overflowY: 'auto' }}>
            <OpenSlotList
              search={search.variables}
              timeZone={search.timeZone}
              layout="days"
              onPick={(slot) =>
                onPick({
                  slot,
                  facilityId: search.facilityId,
                  appointmentTypeId: search.typeId,
                  minutes: search.variables.minutes ?? null,
                })
              }
              emptyText="Nothing free in these days. Try more days, another provider or a shorter length."
              more={
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setSearch({ ...search, variables: { ...search.variables, first: count + PAGE } })}
                >
                  Show more times
                </Button>
              }
            />
          </div>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          Choose the type, and the providers if the patient has one in mind, then search. The first free times come
          first.
        </Text>
      )}
    </Stack>
  );
}
