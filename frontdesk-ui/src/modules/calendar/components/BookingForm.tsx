import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconMapPin, IconSearch } from '@tabler/icons-react';
import { addDays, addMinutes } from 'date-fns';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { BookAppointmentInput, BookAppointmentMutation, SchedulingWarning } from '../../../gql/graphql';
import { bookingSchema, overrideReasonSchema, type BookingFormInput, type BookingFormValues } from './bookingSchema';
import type { FacilityLike, StaffLike } from './calendarModel';
import { dateKeyOf, formatSlot, parseDateKey, timeKeyOf, toWall, wallToIso, zoneName } from './facilityTime';
import { OpenSlotList, type OpenSlot, type OpenSlotSearch } from './OpenSlotList';
import { PatientPicker } from './PatientPicker';
import { previewDates } from './recurrence';
import { RecurrenceFields } from './RecurrenceFields';
import { busyMessage, schedulingProblemOf, type SchedulingProblem } from './schedulingProblem';
import { BusyAlert, WarningsAlert } from './SchedulingProblemAlert';

const BookAppointmentMutationDocument = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
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

export type BookedAppointment = BookAppointmentMutation['bookAppointment'];

export interface AppointmentTypeOption {
  id: string;
  name: string;
  defaultMinutes: number;
  telehealth: boolean;
  group: boolean;
}

/** What the calendar already knows when the dialog opens: the slot and column that were clicked. */
export interface BookingDraft {
  facilityId: string;
  startsAt: string | null;
  minutes: number | null;
  providerId: string | null;
  roomId: string | null;
  /** Set when the slot came from "Find a slot", which searched for this type. */
  appointmentTypeId?: string | null;
}

/** How far ahead "next free times" look: two weeks, as a receptionist would offer on the phone. */
const SLOT_SEARCH_DAYS = 14;

export interface BookingFormProps {
  draft: BookingDraft;
  facility: FacilityLike;
  clinicians: readonly StaffLike[];
  appointmentTypes: readonly AppointmentTypeOption[];
  onCancel: () => void;
  onBooked: (appointment: BookedAppointment) => void;
}

function defaults(
  draft: BookingDraft,
  timeZone: string,
  appointmentTypes: readonly AppointmentTypeOption[],
): BookingFormInput {
  // Without a slot: the next quarter hour today, on the facility's clock.
  const start = draft.startsAt
    ? toWall(draft.startsAt, timeZone)
    : (() => {
        const now = toWall(new Date(), timeZone);
        return addMinutes(now, 15 - (now.getMinutes() % 15) || 15);
      })();
  const type = appointmentTypes.find((t) => t.id === draft.appointmentTypeId) ?? null;
  return {
    patientIds: [],
    appointmentTypeId: type?.id ?? '',
    providerId: draft.providerId ?? '',
    roomId: draft.roomId ?? '',
    date: dateKeyOf(start),
    time: timeKeyOf(start),
    minutes: draft.minutes ? String(draft.minutes) : type ? String(type.defaultMinutes) : '',
    telehealthUrl: '',
    repeats: 'NONE',
    endsBy: 'count',
    count: '6',
    until: '',
  };
}

/** Free times from a wall date and time at the facility (or from now), for one type and length. */
function slotSearch(args: {
  facilityId: string;
  timeZone: string;
  appointmentTypeId: string;
  providerId: string;
  roomId: string;
  date: string;
  time: string;
  minutes: string;
  first: number;
}): OpenSlotSearch {
  const day = parseDateKey(args.date);
  const from = day ? wallToIso(args.date, /^\d{2}:\d{2}$/.test(args.time) ? args.time : '00:00', args.timeZone) : null;
  const start = from && new Date(from) > new Date() ? new Date(from) : new Date();
  const minutes = Number(args.minutes);
  return {
    facilityId: args.facilityId,
    appointmentTypeId: args.appointmentTypeId,
    from: start.toISOString(),
    to: addDays(start, SLOT_SEARCH_DAYS).toISOString(),
    providerIds: args.providerId ? [args.providerId] : null,
    roomId: args.roomId || null,
    minutes: Number.isInteger(minutes) && minutes >= 5 ? minutes : null,
    first: args.first,
  };
}

/**
 * Books a slot. The API decides: a provider or room already busy is shown inline with the time in
 * the way; warnings it lets staff override (outside hours, time off, the patient double-booked,
 * insurance lapsed) are listed in plain words with a required reason and "Book anyway".
 */
export function BookingForm({ draft, facility, clinicians, appointmentTypes, onCancel, onBooked }: BookingFormProps) {
  const timeZone = facility.timeZone;
  const [book, { loading }] = useMutation(BookAppointmentMutationDocument);
  const [problem, setProblem] = useState<SchedulingProblem | null>(null);
  // The free times offered under a conflict: fixed when the conflict came back (not per render).
  const [conflictSearch, setConflictSearch] = useState<OpenSlotSearch | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    subscribe,
    getValues,
    formState: { errors, dirtyFields },
  } = useForm<BookingFormInput, unknown, BookingFormValues>({
    resolver: zodResolver(bookingSchema),
    defaultValues: defaults(draft, timeZone, appointmentTypes),
    mode: 'onTouched',
  });

  // Any change to what is being booked makes the last answer out of date.
  useEffect(() => subscribe({ formState: { values: true }, callback: () => setProblem(null) }), [subscribe]);

  const [typeId, providerId, roomId, date, time, minutes] = useWatch({
    control,
    name: ['appointmentTypeId', 'providerId', 'roomId', 'date', 'time', 'minutes'],
  });
  const type = appointmentTypes.find((t) => t.id === typeId) ?? null;
  // "Find a free time" inside the form: the search is fixed when asked, so typing does not refetch.
  const [finding, setFinding] = useState<OpenSlotSearch | null>(null);

  const searchFrom = (first: number) =>
    slotSearch({
      facilityId: facility.id,
      timeZone,
      appointmentTypeId: typeId,
      providerId,
      roomId,
      date,
      time,
      minutes,
      first,
    });

  /** A free time picked from a list: provider, date and time filled in, the rest kept. */
  const applySlot = (slot: OpenSlot) => {
    if (!slot.startsAt) return;
    const wall = toWall(slot.startsAt, timeZone);
    if (slot.providerId) setValue('providerId', slot.providerId, { shouldValidate: true });
    setValue('date', dateKeyOf(wall), { shouldValidate: true });
    setValue('time', timeKeyOf(wall), { shouldValidate: true });
    setFinding(null);
  };

  const send = async (
    values: BookingFormValues,
    override: { warnings: SchedulingWarning[]; reason: string } | null,
  ) => {
    const input: BookAppointmentInput = {
      facilityId: facility.id,
      patientIds: values.patientIds,
      appointmentTypeId: values.appointmentTypeId,
      providerId: values.providerId,
      roomId: values.roomId || null,
      startsAt: wallToIso(values.date, values.time, timeZone),
      minutes: values.minutes,
      telehealthUrl: type?.telehealth && values.telehealthUrl ? values.telehealthUrl : null,
      override,
      recurrence:
        values.repeats === 'NONE'
          ? null
          : values.endsBy === 'count'
            ? { frequency: values.repeats, count: Number(values.count) }
            : { frequency: values.repeats, until: values.until },
    };
    const { data, error } = await book({ variables: { input } });
    const booked = data?.bookAppointment;
    if (booked) {
      const first = booked.startsAt && booked.endsAt ? formatSlot(booked.startsAt, booked.endsAt, timeZone) : undefined;
      notifications.show({
        color: 'teal',
        title: input.recurrence ? 'Recurring appointment booked' : 'Appointment booked',
        message: input.recurrence && first ? `First visit ${first}` : first,
      });
      onBooked(booked);
      return;
    }
    for (const [field, message] of Object.entries(invalidFields(error))) {
      if (field === 'startsAt') setError('time', { message });
      else if (field in values) setError(field as keyof BookingFormInput, { message });
    }
    const found = schedulingProblemOf(error);
    setProblem(found);
    setConflictSearch(
      found?.kind === 'busy'
        ? slotSearch({
            facilityId: facility.id,
            timeZone,
            appointmentTypeId: values.appointmentTypeId,
            providerId: values.providerId,
            roomId: values.roomId,
            date: values.date,
            time: values.time,
            minutes: String(values.minutes),
            first: 5,
          })
        : null,
    );
  };

  const submit = handleSubmit((values) => send(values, null));
  const submitAnyway = handleSubmit((values) => {
    if (problem?.kind !== 'warnings') return send(values, null);
    const parsed = overrideReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setReasonError(parsed.error.issues[0]?.message ?? 'Give a reason');
      return;
    }
    setReasonError(null);
    return send(values, { warnings: problem.warnings, reason: parsed.data });
  });

  const provider = clinicians.find((c) => c.id === providerId) ?? null;
  const room = facility.rooms.find((r) => r.id === roomId) ?? null;
  const warnings = problem?.kind === 'warnings' ? problem.warnings : null;

  const seriesLength =
    problem?.kind === 'busy' && problem.seriesConflicts.length > 0 ? visitsRequested(getValues()) : null;

  return (
    <form
      onSubmit={(event) => void (warnings ? submitAnyway(event) : submit(event))}
      noValidate
      aria-label="Book an appointment"
    >
      <Stack gap="sm">
        <Group gap={6} c="dimmed" wrap="nowrap">
          <IconMapPin size={14} aria-hidden />
          <Text size="xs">
            {facility.name} · times in {zoneName(timeZone)}
          </Text>
        </Group>

        <Controller
          control={control}
          name="patientIds"
          render={({ field, fieldState }) => (
            <PatientPicker
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              multiple={!!type?.group}
              error={fieldState.error?.message}
            />
          )}
        />

        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect
              label="Appointment type"
              required
              data={[
                { value: '', label: 'Choose…' },
                ...appointmentTypes.map((t) => ({
                  value: t.id,
                  label: t.group ? `${t.name} (${t.defaultMinutes} min, group)` : `${t.name} (${t.defaultMinutes} min)`,
                })),
              ]}
              {...register('appointmentTypeId', {
                onChange: (event: { target: { value: string } }) => {
                  const chosen = appointmentTypes.find((t) => t.id === event.target.value);
                  // The length follows the type until someone sets it (or dragged a length on the calendar).
                  const lengthChosen = draft.minutes !== null || !!dirtyFields.minutes;
                  if (chosen && !lengthChosen) setValue('minutes', String(chosen.defaultMinutes));
                  // A video visit needs no room, unless someone picked one on purpose.
                  if (chosen?.telehealth && !dirtyFields.roomId) setValue('roomId', '');
                  if (chosen && !chosen.group && getValues('patientIds').length > 1) {
                    setValue('patientIds', getValues('patientIds').slice(0, 1));
                  }
                },
              })}
              error={errors.appointmentTypeId?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
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
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label="Date" type="date" required {...register('date')} error={errors.date?.message} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput
              label="Start time"
              type="time"
              step={300}
              required
              {...register('time')}
              error={errors.time?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput
              label="Length (minutes)"
              type="number"
              inputMode="numeric"
              min={5}
              max={480}
              step={5}
              required
              {...register('minutes')}
              error={errors.minutes?.message}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FreeTimeFinder
              search={finding}
              canSearch={!!typeId}
              providerName={provider?.displayName ?? null}
              timeZone={timeZone}
              onSearch={() => setFinding(searchFrom(8))}
              onClose={() => setFinding(null)}
              onPick={applySlot}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect
              label="Room"
              description={type?.telehealth ? 'Telehealth: no room needed' : undefined}
              data={[{ value: '', label: 'No room' }, ...facility.rooms.map((r) => ({ value: r.id, label: r.name }))]}
              {...register('roomId')}
              error={errors.roomId?.message}
            />
          </Grid.Col>
          {type?.telehealth ? (
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Video link"
                description="Optional, https://"
                type="url"
                autoComplete="off"
                {...register('telehealthUrl')}
                error={errors.telehealthUrl?.message}
              />
            </Grid.Col>
          ) : null}
          <RecurrenceFields control={control} register={register} errors={errors} narrow={!!type?.telehealth} />
        </Grid>

        {problem?.kind === 'busy' ? (
          <BusyAlert
            message={busyMessage(problem, {
              provider: provider?.displayName ?? null,
              room: room?.name ?? null,
              timeZone,
            })}
            seriesConflicts={problem.seriesConflicts}
            visitsRequested={seriesLength}
            timeZone={timeZone}
          >
            {conflictSearch ? (
              <>
                <Text size="xs" fw={600} mt="xs" mb={4}>
                  {problem.seriesConflicts.length > 0
                    ? `Free times for ${provider?.displayName ?? 'this provider'} (the series would start there)`
                    : `Next free times for ${provider?.displayName ?? 'this provider'}`}
                </Text>
                <OpenSlotList
                  search={conflictSearch}
                  timeZone={timeZone}
                  layout="inline"
                  onPick={applySlot}
                  emptyText="Nothing free in the next two weeks. Try another provider with Find a free time."
                />
              </>
            ) : null}
          </BusyAlert>
        ) : null}
        {problem?.kind === 'stale' || problem?.kind === 'other' ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {problem.message}
          </Alert>
        ) : null}
        {warnings ? (
          <>
            <WarningsAlert warnings={warnings} action="booking" />
            <Textarea
              label="Reason"
              description="Why it should go ahead, e.g. “Patient asked for an evening slot; Dana agreed.”"
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              error={reasonError}
              data-autofocus
            />
          </>
        ) : null}

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          {warnings ? (
            <Button type="submit" color="yellow.8" loading={loading}>
              Book anyway
            </Button>
          ) : (
            <Button type="submit" loading={loading}>
              Book appointment
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** How many visits the form asks for (a count, or the dates up to "until"), for "3 of 6 visits". */
function visitsRequested(values: BookingFormInput): number | null {
  if (values.repeats === 'NONE') return null;
  if (values.endsBy === 'count') return Number(values.count) || null;
  return previewDates(values.date, { frequency: values.repeats, until: values.until }).length || null;
}

interface FreeTimeFinderProps {
  search: OpenSlotSearch | null;
  /** A type is needed first: it says how long a slot must be. */
  canSearch: boolean;
  providerName: string | null;
  timeZone: string;
  onSearch: () => void;
  onClose: () => void;
  onPick: (slot: OpenSlot) => void;
}

/** "Find a free time" under the date and time: the next free times from the date chosen, one click to use. */
function FreeTimeFinder({ search, canSearch, providerName, timeZone, onSearch, onClose, onPick }: FreeTimeFinderProps) {
  if (!search) {
    return (
      <Group gap={6}>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconSearch size={12} aria-hidden />}
          onClick={onSearch}
          disabled={!canSearch}
        >
          Find a free time
        </Button>
        {!canSearch ? (
          <Text size="xs" c="dimmed">
            Choose the appointment type first
          </Text>
        ) : null}
      </Group>
    );
  }
  return (
    <Stack
      gap={6}
      p="xs"
      bg="gray.0"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      role="region"
      aria-label="Free times"
    >
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={600}>
          {providerName ? `Next free times for ${providerName}` : 'Next free times, any provider'}
        </Text>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={onClose}>
          Close
        </Button>
      </Group>
      <OpenSlotList
        search={search}
        timeZone={timeZone}
        layout={providerName ? 'inline' : 'days'}
        onPick={onPick}
        emptyText="Nothing free in the two weeks from this date."
      />
    </Stack>
  );
}
