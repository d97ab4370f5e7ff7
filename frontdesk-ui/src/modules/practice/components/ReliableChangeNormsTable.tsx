import { useMutation, useQuery } from '@apollo/client/react';
import { DataTable, QueryError, notifications, userMessage } from '@handoff/ui-kit';
import { Badge, Button, Group, NumberInput, Popover, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../../gql';
import type { MeasureInstrument, ReliableChangeNormsTable_NormsFragment } from '../../../gql/graphql';

export const ReliableChangeNormsTable_norms = graphql(`
  fragment ReliableChangeNormsTable_norms on InstrumentNorms {
    instrument
    practiceSet
    norms {
      sd
      reliability
      minimumReliableChange
    }
    defaultNorms {
      sd
      reliability
    }
  }
`);
const PracticeReliableChangeNormsQuery = graphql(`
  query PracticeReliableChangeNorms {
    reliableChangeNorms {
      ...ReliableChangeNormsTable_norms
    }
  }
`);

const SetNormsMutation = graphql(`
  mutation PracticeSetReliableChangeNorms($instrument: MeasureInstrument!, $norms: ReliableChangeNormsInput) {
    setReliableChangeNorms(instrument: $instrument, norms: $norms) {
      instrument
    }
  }
`);

const ResetNormsMutation = graphql(`
  mutation PracticeResetReliableChangeNorms($instrument: MeasureInstrument!) {
    resetReliableChangeNorms(instrument: $instrument) {
      instrument
    }
  }
`);

type Row = ReliableChangeNormsTable_NormsFragment;

const INSTRUMENT_NAMES: Record<MeasureInstrument, string> = {
  PHQ9: 'PHQ-9',
  PHQA: 'PHQ-A',
  GAD7: 'GAD-7',
  PCL5: 'PCL-5',
  AUDITC: 'AUDIT-C',
};

/**
 * The Jacobson-Truax norms each outcome measure's "reliable change" is judged by (the trend chart's
 * marks and the clinicians' "not improving" list): the defaults from the literature, or the
 * practice's own (e.g. from its own clinical population), or off. Changes apply to every chart at once.
 */
export function ReliableChangeNormsTable() {
  const { data, loading, error, refetch } = useQuery(PracticeReliableChangeNormsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const rows = getFragmentData(ReliableChangeNormsTable_norms, data?.reliableChangeNorms ?? []);
  const [setNorms] = useMutation(SetNormsMutation, { refetchQueries: ['PracticeReliableChangeNorms'] });
  const [resetNorms] = useMutation(ResetNormsMutation, { refetchQueries: ['PracticeReliableChangeNorms'] });

  const change = async (
    row: Row,
    run: () => Promise<{ error?: unknown; data?: unknown }>,
    done: string,
  ): Promise<string | null> => {
    const result = await run();
    if (result.error || !result.data) return userMessage(result.error as Parameters<typeof userMessage>[0]);
    notifications.show({ color: 'teal', message: `${INSTRUMENT_NAMES[row.instrument]}: ${done}` });
    return null;
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={820}>
        A change in a patient's score counts as reliable when it exceeds 1.96 × the standard error of the difference,
        worked out from the SD of baseline scores and the measure's reliability (Jacobson-Truax). Set your own when your
        population differs from the published samples; clinicians see the result on every trend chart.
      </Text>
      <QueryError error={error} onRetry={() => void refetch()} />
      <DataTable
        label="Reliable change norms"
        rows={rows}
        rowKey={(row) => row.instrument}
        loading={loading && !data}
        minWidth={760}
        columns={[
          {
            key: 'instrument',
            header: 'Measure',
            render: (row) => <Text fw={600}>{INSTRUMENT_NAMES[row.instrument]}</Text>,
          },
          { key: 'sd', header: 'SD', align: 'right', render: (row) => row.norms?.sd ?? '—' },
          { key: 'reliability', header: 'Reliability', align: 'right', render: (row) => row.norms?.reliability ?? '—' },
          {
            key: 'threshold',
            header: 'Reliable change',
            align: 'right',
            render: (row) =>
              row.norms ? `${row.norms.minimumReliableChange.toFixed(1)} points` : <Text c="dimmed">off</Text>,
          },
          {
            key: 'source',
            header: 'Source',
            render: (row) =>
              !row.practiceSet ? (
                <Badge variant="light" color="gray">
                  Default
                </Badge>
              ) : row.norms ? (
                <Badge variant="light">Practice</Badge>
              ) : (
                <Badge variant="light" color="orange">
                  Off
                </Badge>
              ),
          },
          {
            key: 'actions',
            header: <VisuallyHidden>Actions</VisuallyHidden>,
            align: 'right',
            nowrap: true,
            render: (row) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <EditNormsButton
                  row={row}
                  onSave={(norms) =>
                    change(row, () => setNorms({ variables: { instrument: row.instrument, norms } }), 'norms saved.')
                  }
                />
                {row.norms ? (
                  <RowAction
                    label="Turn off"
                    name={`Turn off reliable change for ${INSTRUMENT_NAMES[row.instrument]}`}
                    onClick={() =>
                      change(
                        row,
                        () => setNorms({ variables: { instrument: row.instrument, norms: null } }),
                        'reliable change off.',
                      )
                    }
                  />
                ) : null}
                {row.practiceSet ? (
                  <RowAction
                    label="Use default"
                    name={`Use the default norms for ${INSTRUMENT_NAMES[row.instrument]}`}
                    onClick={() =>
                      change(
                        row,
                        () => resetNorms({ variables: { instrument: row.instrument } }),
                        'default norms back.',
                      )
                    }
                  />
                ) : null}
              </Group>
            ),
          },
        ]}
      />
    </Stack>
  );
}

/** A one-click change of a row; the API's refusal (if any) comes back as a red notification. */
function RowAction({ label, name, onClick }: { label: string; name: string; onClick: () => Promise<string | null> }) {
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color="gray"
      aria-label={name}
      onClick={() =>
        void onClick().then((refusal) => {
          if (refusal) notifications.show({ color: 'red', title: 'Not changed', message: refusal });
        })
      }
    >
      {label}
    </Button>
  );
}

/** SD and reliability in a popover beside the row; the API's refusal is shown as it says it. */
function EditNormsButton({
  row,
  onSave,
}: {
  row: Row;
  onSave: (norms: { sd: number; reliability: number }) => Promise<string | null>;
}) {
  const name = INSTRUMENT_NAMES[row.instrument];
  const start = row.norms ?? row.defaultNorms;
  const [opened, setOpened] = useState(false);
  const [sd, setSd] = useState<number | string>(start?.sd ?? '');
  const [reliability, setReliability] = useState<number | string>(start?.reliability ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Opens on the norms in force now (they may have changed since the last edit). */
  const open = () => {
    setSd(start?.sd ?? '');
    setReliability(start?.reliability ?? '');
    setError(null);
    setOpened(true);
  };

  const save = async () => {
    if (typeof sd !== 'number' || typeof reliability !== 'number') {
      setError('Enter both the SD and the reliability.');
      return;
    }
    setBusy(true);
    const refusal = await onSave({ sd, reliability });
    setBusy(false);
    setError(refusal);
    if (!refusal) setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={280} trapFocus withArrow>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="light"
          aria-label={`Edit norms for ${name}`}
          onClick={() => (opened ? setOpened(false) : open())}
        >
          Edit
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label={`Norms for ${name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="xs">
            <NumberInput
              label="SD of baseline totals"
              min={0}
              step={0.1}
              decimalScale={2}
              value={sd}
              onChange={setSd}
            />
            <NumberInput
              label="Reliability"
              description="Test-retest r or Cronbach's alpha, below 1"
              min={0}
              max={0.99}
              step={0.01}
              decimalScale={3}
              value={reliability}
              onChange={setReliability}
            />
            {error ? (
              <Text size="xs" c="red" role="alert">
                {error}
              </Text>
            ) : null}
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button size="xs" type="submit" loading={busy}>
                Save norms
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
