import { useMutation } from '@apollo/client/react';
import { userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';

const RequestEmergencyAccessMutation = graphql(`
  mutation RequestEmergencyAccess($patientId: ID!, $reason: String!) {
    requestEmergencyAccess(patientId: $patientId, reason: $reason) {
      id
      expiresAt
    }
  }
`);

export interface OffCareTeamNoticeProps {
  patientId: string;
  mrn: string;
  /** Called when access was granted, to reload the chart. */
  onGranted: () => void;
}

/**
 * The chart of a patient outside the clinician's care team stays closed. Break-the-glass opens it
 * for 60 minutes with a stated reason; the grant is audited and shown to the practice manager.
 */
export function OffCareTeamNotice({ patientId, mrn, onGranted }: OffCareTeamNoticeProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestEmergencyAccessMutation);

  const submit = async () => {
    if (reason.trim().length < 10) {
      setError('Describe the clinical reason (at least 10 characters).');
      return;
    }
    setError(null);
    const result = await request({ variables: { patientId, reason: reason.trim() } });
    if (result.data?.requestEmergencyAccess) {
      close();
      onGranted();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Paper withBorder p="xl">
      <Stack gap="sm" maw={560}>
        <ThemeIcon variant="light" color="gray" size={36} radius="xl" aria-hidden>
          <IconLock size={18} />
        </ThemeIcon>
        <Title order={1} fz="h2">
          This patient is not on your care team
        </Title>
        <Text size="sm">
          Chart MRN{' '}
          <Text span ff="monospace">
            {mrn}
          </Text>{' '}
          is closed to you. In an emergency you can open it for 60 minutes; the access and your reason are recorded and
          reviewed by the practice manager.
        </Text>
        <Group>
          <Button color="orange" variant="light" leftSection={<IconAlertTriangle size={16} />} onClick={open}>
            Request emergency access
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={close} title="Emergency access" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack gap="sm">
          <Text size="sm">Opens this chart for 60 minutes. Psychotherapy notes stay closed.</Text>
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          ) : null}
          <Textarea
            label="Reason"
            description="Why you need this chart now, e.g. covering for the primary clinician during a crisis call"
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="orange" loading={loading} onClick={() => void submit()}>
              Open chart for 60 minutes
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
