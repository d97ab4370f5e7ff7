import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { Icd10Search, type Icd10Pick } from './Icd10Search';

const AddDiagnosisMutation = graphql(`
  mutation ClinicianAddDiagnosis($input: AddDiagnosisInput!) {
    addDiagnosis(input: $input) {
      id
      icd10Code
    }
  }
`);

export interface AddDiagnosisFormProps {
  patientId: string;
  onDone: () => void;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Adds a code to the problem list. The API refuses category headers and duplicates with its own message. */
export function AddDiagnosisForm({ patientId, onDone }: AddDiagnosisFormProps) {
  const [picked, setPicked] = useState<Icd10Pick | null>(null);
  const [diagnosedOn, setDiagnosedOn] = useState(localToday);
  const [isPrimary, setIsPrimary] = useState(false);
  const [clinicalNote, setClinicalNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddDiagnosisMutation, { refetchQueries: ['ClinicianPatientDiagnoses'] });

  const submit = async () => {
    if (!picked) {
      setError('Pick a code from the search first.');
      return;
    }
    setError(null);
    const result = await add({
      variables: {
        input: {
          patientId,
          icd10Code: picked.code,
          isPrimary,
          diagnosedOn: diagnosedOn || null,
          clinicalNote: clinicalNote.trim() || null,
        },
      },
    });
    if (result.data?.addDiagnosis) {
      notifications.show({
        color: 'teal',
        message: `${result.data.addDiagnosis.icd10Code ?? picked.code} added to the problem list.`,
      });
      onDone();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Add diagnosis">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h4">
            Add diagnosis
          </Title>
          <Icd10Search dateOfService={diagnosedOn || localToday()} onPick={setPicked} />
          {picked ? (
            <Group gap="xs" aria-label="Selected code">
              <Badge variant="outline" color="gray" ff="monospace">
                {picked.code}
              </Badge>
              <Text size="sm">{picked.description}</Text>
              {!picked.billable ? (
                <Badge color="orange" variant="light">
                  Category, not billable
                </Badge>
              ) : null}
            </Group>
          ) : null}
          <Group gap="md" align="flex-end">
            <TextInput
              type="date"
              label="Diagnosed on"
              value={diagnosedOn}
              onChange={(event) => setDiagnosedOn(event.currentTarget.value)}
              w={180}
            />
            <Checkbox
              label="Primary diagnosis (first on claims)"
              checked={isPrimary}
              onChange={(event) => setIsPrimary(event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <Textarea
            label="Clinical note"
            description="Formulation and supporting findings."
            autosize
            minRows={2}
            value={clinicalNote}
            onChange={(event) => setClinicalNote(event.currentTarget.value)}
          />
          {error ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add to problem list
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
