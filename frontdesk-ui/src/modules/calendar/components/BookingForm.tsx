import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications } from '@handoff/ui-kit';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconMapPin } from '@tabler/icons-react';
import { addMinutes } from 'date-fns';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { BookAppointmentInput, BookAppointmentMutation, SchedulingWarning } from '../../../gql/graphql';
import { bookingSchema, overrideReasonSchema, type BookingFormInput, type BookingFormValues } from './bookingSchema';
import type { FacilityLike, StaffLike } from './calendarModel';
import { dateKeyOf, formatSlot, timeKeyOf, toWall, wallToIso, zoneName } from './facilityTime';
import { PatientPicker } from './PatientPicker';
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
}

export interface BookingFormProps {
  draft: BookingDraft;
  facility: FacilityLike;
  clinicians: readonly StaffLike[];
  appointmentTypes: readonly AppointmentTypeOption[];
  onCancel: () => void;
  onBooked: (appointment: BookedAppointment) => void;
}

function defaults(draft: BookingDraft, timeZone: string): BookingFormInput {
  // Without a slot: the next quarter hour today, on the facility's clock.
  const start = draft.startsAt
    ? toWall(draft.startsAt, timeZone)
    : (() => {
        const now = toWall(new Date(), timeZone);
        return addMinutes(now, 15 - (now.getMinutes() % 15) || 15);
      })();
  return {
    patientIds: [],
    appointmentTypeId: '',
    providerId: draft.providerId ?? '',
    roomId: draft.roomId ?? '',
    date: dateKeyOf(start),
    time: timeKeyOf(start),
    minutes: draft.minutes ? String(draft.minutes) : '',
    telehealthUrl: '',
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
    defaultValues: defaults(draft, timeZone),
    mode: 'onTouched',
  });

  // Any change to what is being booked makes the last answer out of date.
  useEffect(() => subscribe({ formState: { values: true }, callback: () => setProblem(null) }), [subscribe]);

  const [typeId, providerId, roomId] = useWatch({ control, name: ['appointmentTypeId', 'providerId', 'roomId'] });
  const type = appointmentTypes.find((t) => t.id === typeId) ?? null;

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
    };
    const { data, error } = await book({ variables: { input } });
    const booked = data?.bookAppointment;
    if (booked) {
      notifications.show({
        color: 'teal',
        title: 'Appointment booked',
        message: booked.startsAt && booked.endsAt ? formatSlot(booked.startsAt, booked.endsAt, timeZone) : undefined,
      });
      onBooked(booked);
      return;
    }
    for (const [field, message] of Object.entries(invalidFields(error))) {
      if (field === 'startsAt') setError('time', { message });
      else if (field in values) setError(field as keyof BookingFormInput, { message });
    }
    setProblem(schedulingProblemOf(error));
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
                ...appointmentTypes.map((t) => ({ value: t.id, label: `${t.name} (${t.defaultMinutes} min)` })),
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
        </Grid>

        {problem?.kind === 'busy' ? (
          <BusyAlert
            message={busyMessage(problem, {
              provider: provider?.displayName ?? null,
              room: room?.name ?? null,
              timeZone,
            })}
          />
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
