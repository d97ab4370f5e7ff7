import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, Group } from '@mantine/core';
import { graphql } from '../../../gql';
import type { DiagnosisStatus, UpdateDiagnosisInput } from '../../../gql/graphql';

const UpdateDiagnosisMutation = graphql(`
  mutation ClinicianUpdateDiagnosis($id: ID!, $input: UpdateDiagnosisInput!) {
    updateDiagnosis(id: $id, input: $input) {
      id
      isPrimary
      status
      resolvedOn
    }
  }
`);

export interface DiagnosisActionsProps {
  diagnosis: { id: string; icd10Code: string | null; isPrimary: boolean | null; status: DiagnosisStatus };
}

/** Make primary, resolve or reactivate one problem-list entry (the list re-sorts after). */
export function DiagnosisActions({ diagnosis }: DiagnosisActionsProps) {
  const [update, { loading }] = useMutation(UpdateDiagnosisMutation, {
    refetchQueries: ['ClinicianPatientDiagnoses'],
  });
  const code = diagnosis.icd10Code ?? 'diagnosis';

  const run = async (input: UpdateDiagnosisInput, done: string) => {
    const result = await update({ variables: { id: diagnosis.id, input } });
    if (result.data?.updateDiagnosis) notifications.show({ color: 'teal', message: done });
    else notifications.show({ color: 'red', title: 'Not changed', message: userMessage(result.error) });
  };

  if (diagnosis.status === 'RESOLVED') {
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        loading={loading}
        aria-label={`Reactivate ${code}`}
        onClick={() => void run({ status: 'ACTIVE' }, `${code} is active again.`)}
      >
        Reactivate
      </Button>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      {!diagnosis.isPrimary ? (
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={loading}
          aria-label={`Make ${code} primary`}
          onClick={() => void run({ isPrimary: true }, `${code} is now the primary diagnosis.`)}
        >
          Make primary
        </Button>
      ) : null}
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        disabled={loading}
        aria-label={`Resolve ${code}`}
        onClick={() => void run({ status: 'RESOLVED' }, `${code} resolved.`)}
      >
        Resolve
      </Button>
    </Group>
  );
}
