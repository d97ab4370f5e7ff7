import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { AllergySeverity } from '../../../gql/graphql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { FormErrorAlert } from './FormErrorAlert';

const AddAllergyMutation = graphql(`
  mutation ClinicianAddAllergy($input: AddAllergyInput!) {
    addAllergy(input: $input) {
      id
      substance
    }
  }
`);

export const ALLERGY_SEVERITY_LABELS: Record<AllergySeverity, string> = {
  SEVERE: 'Severe',
  MODERATE: 'Moderate',
  MILD: 'Mild',
  UNKNOWN: 'Unknown',
};

const SEVERITY_OPTIONS = (Object.keys(ALLERGY_SEVERITY_LABELS) as AllergySeverity[]).map((value) => ({
  value,
  label: ALLERGY_SEVERITY_LABELS[value],
}));

export interface AddAllergyFormProps {
  patientId: string;
  onDone: () => void;
}

/** Adds an allergy or intolerance; screening matches drug substances against it. */
export function AddAllergyForm({ patientId, onDone }: AddAllergyFormProps) {
  const [substance, setSubstance] = useState('');
  const [reaction, setReaction] = useState('');
  const [severity, setSeverity] = useState<AllergySeverity>('UNKNOWN');
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddAllergyMutation, { refetchQueries: MEDICATIONS_TAB_QUERIES });

  const submit = async () => {
    setError(null);
    const result = await add({
      variables: { input: { patientId, substance: substance.trim(), reaction: reaction.trim() || null, severity } },
    });
    if (result.data?.addAllergy) {
      notifications.show({ color: 'teal', message: `Allergy to ${result.data.addAllergy.substance} added.` });
      onDone();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <form
      aria-label="Add allergy"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput
            label="Substance"
            required
            placeholder="penicillin"
            value={substance}
            onChange={(event) => setSubstance(event.currentTarget.value)}
          />
          <TextInput
            label="Reaction"
            placeholder="hives"
            value={reaction}
            onChange={(event) => setReaction(event.currentTarget.value)}
          />
          <Select
            label="Severity"
            data={SEVERITY_OPTIONS}
            value={severity}
            allowDeselect={false}
            onChange={(value) => setSeverity((value as AllergySeverity | null) ?? 'UNKNOWN')}
          />
        </SimpleGrid>
        <FormErrorAlert message={error} />
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button size="xs" type="submit" loading={loading}>
            Save allergy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
