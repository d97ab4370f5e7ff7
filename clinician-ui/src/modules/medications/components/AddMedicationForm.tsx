import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { FormErrorAlert } from './FormErrorAlert';

const AddMedicationMutation = graphql(`
  mutation ClinicianAddMedication($input: AddMedicationInput!) {
    addMedication(input: $input) {
      id
      drugName
    }
  }
`);

export interface AddMedicationFormProps {
  patientId: string;
  onDone: () => void;
}

const EMPTY = { drug: '', strength: '', form: '', sig: '', outsidePrescriberName: '', startedOn: '', reason: '' };
type Values = typeof EMPTY;

const orNull = (text: string) => text.trim() || null;

/**
 * Records a drug the patient takes that was not prescribed here (outside prescriber, over the counter),
 * so interaction screening sees it. Prescriptions signed here join the list by themselves.
 */
export function AddMedicationForm({ patientId, onDone }: AddMedicationFormProps) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddMedicationMutation, { refetchQueries: MEDICATIONS_TAB_QUERIES });
  const field = (name: keyof Values) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: event.currentTarget.value })),
  });

  const submit = async () => {
    setError(null);
    const result = await add({
      variables: {
        input: {
          patientId,
          drug: values.drug.trim(),
          strength: orNull(values.strength),
          form: orNull(values.form),
          sig: orNull(values.sig),
          outsidePrescriberName: orNull(values.outsidePrescriberName),
          startedOn: values.startedOn || null,
          reason: orNull(values.reason),
        },
      },
    });
    if (result.data?.addMedication) {
      notifications.show({ color: 'teal', message: `${result.data.addMedication.drugName} added.` });
      onDone();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Add medication">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3} fz="h5">
            Add medication
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Drug" required description="Formulary name or free text." {...field('drug')} />
            <TextInput label="Strength" placeholder="50 mg" {...field('strength')} />
            <TextInput label="Dose form" placeholder="tablet" {...field('form')} />
          </SimpleGrid>
          <TextInput label="Directions (sig)" placeholder="1 tablet by mouth daily" {...field('sig')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Outside prescriber"
              description="Leave empty for over the counter."
              {...field('outsidePrescriberName')}
            />
            <TextInput type="date" label="Started on" {...field('startedOn')} />
            <TextInput label="Taken for" {...field('reason')} />
          </SimpleGrid>
          <FormErrorAlert message={error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save medication
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
