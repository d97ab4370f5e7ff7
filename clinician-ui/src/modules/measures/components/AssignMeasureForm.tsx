import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeasureInstrument, MeasureSchedule } from '../../../gql/graphql';
import { INSTRUMENTS, INSTRUMENT_LABELS } from '../instruments';
import { AssignMeasureMutation, MEASURE_QUERIES } from '../operations/measures.operations';

const SCHEDULES: readonly { value: MeasureSchedule; label: string }[] = [
  { value: 'BEFORE_EVERY_APPOINTMENT', label: 'Before every appointment' },
  { value: 'EVERY_N_WEEKS', label: 'Every N weeks' },
  { value: 'ONCE', label: 'Once' },
];

export interface AssignMeasureFormProps {
  patientId: string;
  /** Instruments already assigned (one active assignment per instrument): not offered again. */
  assigned: ReadonlySet<MeasureInstrument>;
  onDone: () => void;
}

/** Orders an instrument on a schedule; it then shows as due on My day and in the chart. */
export function AssignMeasureForm({ patientId, assigned, onDone }: AssignMeasureFormProps) {
  const available = INSTRUMENTS.filter((i) => !assigned.has(i));
  const [instrument, setInstrument] = useState<MeasureInstrument | null>(available[0] ?? null);
  const [schedule, setSchedule] = useState<MeasureSchedule>('BEFORE_EVERY_APPOINTMENT');
  const [weeks, setWeeks] = useState<number | string>(4);
  const [startsOn, setStartsOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(AssignMeasureMutation, { refetchQueries: MEASURE_QUERIES });

  const submit = async () => {
    if (!instrument) {
      setError('Choose an instrument.');
      return;
    }
    const intervalWeeks = schedule === 'EVERY_N_WEEKS' ? Number(weeks) : null;
    if (intervalWeeks !== null && (!Number.isInteger(intervalWeeks) || intervalWeeks < 1 || intervalWeeks > 52)) {
      setError('Weeks between administrations must be a whole number from 1 to 52.');
      return;
    }
    setError(null);
    const result = await assign({
      variables: { input: { patientId, instrument, schedule, intervalWeeks, startsOn: startsOn || null } },
    });
    if (result.data?.assignMeasure) {
      notifications.show({ color: 'teal', message: `${INSTRUMENT_LABELS[instrument]} assigned.` });
      onDone();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Assign measure">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3} fz="h4">
            Assign measure
          </Title>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              label="Instrument"
              data={available.map((i) => ({ value: i, label: INSTRUMENT_LABELS[i] }))}
              value={instrument}
              onChange={(value) => setInstrument(value as MeasureInstrument | null)}
              allowDeselect={false}
              w={140}
            />
            <Select
              label="Schedule"
              data={SCHEDULES.map((s) => ({ value: s.value, label: s.label }))}
              value={schedule}
              onChange={(value) => value && setSchedule(value as MeasureSchedule)}
              allowDeselect={false}
              w={220}
            />
            {schedule === 'EVERY_N_WEEKS' ? (
              <NumberInput label="Every how many weeks" min={1} max={52} value={weeks} onChange={setWeeks} w={170} />
            ) : null}
            <TextInput
              type="date"
              label="Starts on"
              description="Blank: today"
              value={startsOn}
              onChange={(event) => setStartsOn(event.currentTarget.value)}
              w={170}
            />
          </Group>
          {error ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!instrument}>
              Assign
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
