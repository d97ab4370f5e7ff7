import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, Group, Popover, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { FormErrorAlert } from './FormErrorAlert';

const StopMedicationMutation = graphql(`
  mutation ClinicianStopMedication($id: ID!, $input: StopMedicationInput) {
    stopMedication(id: $id, input: $input) {
      id
      status
      stoppedOn
      stopReason
    }
  }
`);

export interface StopMedicationButtonProps {
  medication: { id: string; drugName: string | null };
}

/** Stops one medication with a reason; it stays on the list (stopped) for washout screening. */
export function StopMedicationButton({ medication }: StopMedicationButtonProps) {
  const name = medication.drugName ?? 'medication';
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [stoppedOn, setStoppedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [stop, { loading }] = useMutation(StopMedicationMutation, { refetchQueries: MEDICATIONS_TAB_QUERIES });

  const submit = async () => {
    setError(null);
    const result = await stop({
      variables: { id: medication.id, input: { stopReason: reason.trim() || null, stoppedOn: stoppedOn || null } },
    });
    if (result.data?.stopMedication) {
      notifications.show({ color: 'teal', message: `${name} stopped.` });
      setOpened(false);
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} trapFocus withArrow>
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          aria-label={`Stop ${name}`}
          onClick={() => setOpened((o) => !o)}
        >
          Stop
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label={`Stop ${name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label="Reason for stopping"
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="Last dose"
              description="Defaults to today."
              value={stoppedOn}
              onChange={(event) => setStoppedOn(event.currentTarget.value)}
            />
            <FormErrorAlert message={error} />
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button size="xs" color="red" type="submit" loading={loading}>
                Stop medication
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
