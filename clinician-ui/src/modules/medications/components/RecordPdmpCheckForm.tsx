import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { PdmpCheckMethod } from '../../../gql/graphql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { FormErrorAlert } from './FormErrorAlert';

const RecordPdmpCheckMutation = graphql(`
  mutation ClinicianRecordPdmpCheck($patientId: ID!, $input: RecordPdmpCheckInput!) {
    recordPdmpCheck(patientId: $patientId, input: $input) {
      id
      checkedAt
      resultSummary
    }
  }
`);

export const PDMP_METHOD_LABELS: Record<PdmpCheckMethod, string> = {
  INTEGRATED: 'Integrated query',
  STATE_PORTAL: 'State PDMP portal',
};

export interface RecordPdmpCheckFormProps {
  patientId: string;
  onDone?: () => void;
}

/**
 * Attests the prescriber's own PDMP check (domain.md §7.3). A portal check records only a short summary:
 * many states forbid storing the PDMP report itself.
 */
export function RecordPdmpCheckForm({ patientId, onDone }: RecordPdmpCheckFormProps) {
  const [method, setMethod] = useState<PdmpCheckMethod>('STATE_PORTAL');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordPdmpCheckMutation, { refetchQueries: MEDICATIONS_TAB_QUERIES });

  const submit = async () => {
    setError(null);
    const result = await record({
      variables: {
        patientId,
        input: { method, resultSummary: method === 'STATE_PORTAL' ? summary.trim() || null : null },
      },
      awaitRefetchQueries: true,
    });
    if (result.data?.recordPdmpCheck) {
      notifications.show({ color: 'teal', message: 'PDMP check recorded.' });
      setSummary('');
      onDone?.();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <form
      aria-label="Record PDMP check"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Radio.Group label="Method" value={method} onChange={(value) => setMethod(value as PdmpCheckMethod)}>
          <Group gap="md" mt={4}>
            <Radio value="STATE_PORTAL" label={PDMP_METHOD_LABELS.STATE_PORTAL} />
            <Radio value="INTEGRATED" label={PDMP_METHOD_LABELS.INTEGRATED} />
          </Group>
        </Radio.Group>
        {method === 'STATE_PORTAL' ? (
          <Textarea
            label="Result summary"
            description="What the report showed, in short (not the dispensation list)."
            autosize
            minRows={2}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
          />
        ) : null}
        <FormErrorAlert message={error} />
        <Group justify="flex-end" gap="xs">
          {onDone ? (
            <Button size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
          <Button size="xs" type="submit" loading={loading}>
            Save PDMP check
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
