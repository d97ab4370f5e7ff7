import { useMutation } from '@apollo/client/react';
import {
  dateKeyOf,
  formatShortDay,
  formatTime,
  minutesBetween,
  timeKeyOf,
  toWall,
  userMessage,
  wallToIso,
  zoneHint,
} from '@handoff/ui-kit';
import { Alert, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCalendarPlus, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../../gql';
import type { NoteDraftPatch } from './noteDraft';
import { NoteEditor_note } from '../operations/progressNote.operations';

/** The note comes back with the plan's next appointment written in and a new version. */
const ScheduleFollowUpFromNoteMutation = graphql(`
  mutation ScheduleFollowUpFromNote($noteId: ID!, $input: ScheduleFollowUpInput!) {
    scheduleFollowUpFromNote(noteId: $noteId, input: $input) {
      appointmentId
      startsAt
      endsAt
      recordedInNote
      note {
        id
        ...NoteEditor_note
      }
    }
  }
`);

/** Without documented times, the follow-up is a standard psychotherapy hour. */
const DEFAULT_MINUTES = 50;

/** The session's weekday and time, one week on (the usual rhythm of weekly therapy), on the facility's clock. */
function nextWeek(
  sessionStart: string | null | undefined,
  dateOfService: string,
  timeZone: string,
): { date: string; time: string } {
  const start = sessionStart ? new Date(sessionStart) : new Date(wallToIso(dateOfService, '09:00', timeZone));
  const wall = toWall(Number.isNaN(start.getTime()) ? new Date() : start, timeZone);
  wall.setDate(wall.getDate() + 7);
  return { date: dateKeyOf(wall), time: timeKeyOf(wall) };
}

function sessionMinutes(start: string | null | undefined, end: string | null | undefined): number | null {
  const minutes = start && end ? minutesBetween(start, end) : 0;
  return minutes > 0 ? minutes : null;
}

export interface FollowUpSchedulerProps {
  noteId: string;
  dateOfService: string;
  /** The note's zone: the follow-up is booked and shown on the facility's clock. */
  timeZone: string;
  sessionStart: string | null | undefined;
  sessionEnd: string | null | undefined;
  /**
   * Runs the booking between autosaves and takes the note's new version and plan fields from it
   * (useNoteAutosave's applyServerChange).
   */
  applyServerChange: (change: () => Promise<{ version: number; patch: NoteDraftPatch } | null>) => Promise<void>;
}

/**
 * Books the patient's next visit from the plan, with the calendar's own rules: a clash comes back
 * as the API's message, shown as it is. The booking is written into the plan by the API.
 */
export function FollowUpScheduler({
  noteId,
  dateOfService,
  timeZone,
  sessionStart,
  sessionEnd,
  applyServerChange,
}: FollowUpSchedulerProps) {
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState(() => nextWeek(sessionStart, dateOfService, timeZone));
  const [minutes, setMinutes] = useState<number | string>(
    () => sessionMinutes(sessionStart, sessionEnd) ?? DEFAULT_MINUTES,
  );
  const [booked, setBooked] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [schedule] = useMutation(ScheduleFollowUpFromNoteMutation);

  const startsAt =
    /^\d{4}-\d{2}-\d{2}$/.test(when.date) && /^\d{2}:\d{2}$/.test(when.time)
      ? new Date(wallToIso(when.date, when.time, timeZone))
      : null;
  const valid = !!startsAt && !Number.isNaN(startsAt.getTime()) && typeof minutes === 'number' && minutes >= 5;

  const book = async () => {
    if (!valid || !startsAt) return;
    setBusy(true);
    setRefusal(null);
    setBooked(null);
    try {
      await applyServerChange(async () => {
        const result = await schedule({
          variables: { noteId, input: { startsAt: startsAt.toISOString(), durationMinutes: minutes as number } },
        });
        const booking = result.data?.scheduleFollowUpFromNote;
        if (!booking) {
          setRefusal(userMessage(result.error));
          return null;
        }
        setBooked(booking.startsAt ?? startsAt.toISOString());
        const note = booking.note ? getFragmentData(NoteEditor_note, booking.note) : null;
        if (!booking.recordedInNote || !note) return null;
        return {
          version: note.version,
          patch: {
            nextAppointment: note.content?.nextAppointment ?? null,
            nextAppointmentId: note.content?.nextAppointmentId ?? null,
          },
        };
      });
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconCalendarPlus size={14} aria-hidden />}
          onClick={() => setOpen(true)}
        >
          Schedule follow-up
        </Button>
        {booked ? <BookedText at={booked} timeZone={timeZone} /> : null}
      </Group>
    );
  }

  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        Schedule follow-up
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label="Follow-up date"
          value={when.date}
          onChange={(event) => setWhen({ ...when, date: event.currentTarget.value })}
          w={170}
        />
        <TextInput
          type="time"
          label={`Follow-up time${zoneHint(timeZone)}`}
          value={when.time}
          onChange={(event) => setWhen({ ...when, time: event.currentTarget.value })}
          miw={130}
        />
        <NumberInput
          label="Follow-up minutes"
          min={5}
          max={480}
          step={5}
          value={minutes}
          onChange={setMinutes}
          w={130}
        />
        <Button size="sm" loading={busy} disabled={!valid} onClick={() => void book()}>
          Book follow-up
        </Button>
        <Button size="sm" variant="subtle" color="gray" disabled={busy} onClick={() => setOpen(false)}>
          Close
        </Button>
      </Group>
      {booked ? <BookedText at={booked} timeZone={timeZone} /> : null}
      {refusal ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
          Not booked: {refusal}
        </Alert>
      ) : null}
    </Stack>
  );
}

function BookedText({ at, timeZone }: { at: string; timeZone: string }) {
  return (
    <Text size="sm" c="teal.8" role="status" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
      <IconCircleCheck size={16} aria-hidden /> Booked {formatShortDay(at, timeZone)}, {formatTime(at, timeZone)}
    </Text>
  );
}
