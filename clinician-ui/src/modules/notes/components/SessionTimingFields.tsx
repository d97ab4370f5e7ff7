import { minutesBetween, zoneHint } from '@handoff/ui-kit';
import { Group, Radio, TextInput } from '@mantine/core';
import type { Modality } from '../../../gql/graphql';
import { timeOfDay, withTimeOfDay } from './noteDraft';
import { MODALITY_LABELS } from './noteLabels';

const MODALITIES: readonly Modality[] = ['IN_PERSON', 'VIDEO', 'AUDIO_ONLY'];

interface SessionTimes {
  sessionStart?: string | null;
  sessionEnd?: string | null;
}

/**
 * Session start and end as times on the day of service, on the facility's clock, with the
 * face-to-face minutes they make (the minutes choose the CPT code). An end typed without a start
 * date takes the start's day. Two inputs, for the caller's grid. Shared by the progress note and
 * the group note.
 */
export function SessionTimeInputs({
  times,
  dateOfService,
  timeZone,
  onChange,
}: {
  times: SessionTimes;
  dateOfService: string;
  /** The note's zone (its appointment's facility). */
  timeZone: string;
  onChange: (patch: SessionTimes) => void;
}) {
  const minutes = times.sessionStart && times.sessionEnd ? minutesBetween(times.sessionStart, times.sessionEnd) : null;
  const hint = zoneHint(timeZone);
  return (
    <>
      <TextInput
        type="time"
        label={`Session start${hint}`}
        value={timeOfDay(times.sessionStart, timeZone)}
        onChange={(event) =>
          onChange({
            sessionStart: withTimeOfDay(event.currentTarget.value, times.sessionStart, dateOfService, timeZone),
          })
        }
      />
      <TextInput
        type="time"
        label={`Session end${hint}`}
        value={timeOfDay(times.sessionEnd, timeZone)}
        onChange={(event) =>
          onChange({
            sessionEnd: withTimeOfDay(
              event.currentTarget.value,
              times.sessionEnd ?? times.sessionStart,
              dateOfService,
              timeZone,
            ),
          })
        }
        description={
          minutes === null ? undefined : minutes > 0 ? `${minutes} minutes face to face` : 'Ends before it starts'
        }
        error={minutes !== null && minutes <= 0 ? 'The session must end after it starts' : undefined}
      />
    </>
  );
}

/** In person, video or audio only: with the place of service, it decides POS and modifiers. */
export function ModalityRadio({
  value,
  onChange,
}: {
  value: Modality | null | undefined;
  onChange: (modality: Modality) => void;
}) {
  return (
    <Radio.Group label="Modality" value={value ?? ''} onChange={(next) => onChange(next as Modality)}>
      <Group gap="lg" mt={4}>
        {MODALITIES.map((m) => (
          <Radio key={m} value={m} label={MODALITY_LABELS[m]} />
        ))}
      </Group>
    </Radio.Group>
  );
}
