import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { SafetyAlertAction } from '../../../gql/graphql';
import { AcknowledgeSafetyAlertMutation, SAFETY_ALERT_QUERIES } from '../operations/safetyAlerts.operations';

/** What the clinician did, in the words of the API's enum descriptions. */
const ACTIONS: readonly { value: SafetyAlertAction; label: string }[] = [
  { value: 'SAFETY_PLAN_REVIEWED', label: 'Reviewed or made a safety plan with the patient' },
  { value: 'CRISIS_ASSESSMENT_DONE', label: 'Completed a suicide-risk assessment (e.g. C-SSRS by interview)' },
  { value: 'CONTACTED_PATIENT', label: 'Reached the patient (or guardian) and checked on their safety' },
  { value: 'EMERGENCY_SERVICES', label: 'Called emergency services or sent the patient to emergency care' },
  { value: 'OTHER', label: 'Something else (describe it below)' },
];

export interface AcknowledgeSafetyAlertModalProps {
  alertId: string | null;
  /** "Last, First", for the dialog's title. */
  patientName: string;
  onClose: () => void;
}

/** Records what was done about an alert: the action is required, and a note too when it is "Something else". */
export function AcknowledgeSafetyAlertModal({ alertId, patientName, onClose }: AcknowledgeSafetyAlertModalProps) {
  const [action, setAction] = useState<SafetyAlertAction | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [acknowledge, { loading }] = useMutation(AcknowledgeSafetyAlertMutation, {
    refetchQueries: SAFETY_ALERT_QUERIES,
  });

  const close = () => {
    setAction(null);
    setNote('');
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!alertId) return;
    if (!action) {
      setError('Choose the action you took.');
      return;
    }
    if (action === 'OTHER' && !note.trim()) {
      setError('Say in the note what you did.');
      return;
    }
    setError(null);
    const result = await acknowledge({ variables: { id: alertId, action, note: note.trim() || null } });
    if (result.data?.acknowledgeSafetyAlert) {
      notifications.show({ color: 'teal', message: 'Safety alert acknowledged.' });
      close();
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Modal opened={!!alertId} onClose={close} title={`Acknowledge safety alert — ${patientName}`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Record what you did. The alert closes for every clinician it was raised for.
          </Text>
          <Radio.Group
            label="Action taken"
            withAsterisk
            value={action ?? ''}
            onChange={(value) => setAction(value as SafetyAlertAction)}
          >
            <Stack gap={6} mt={4}>
              {ACTIONS.map((a) => (
                <Radio key={a.value} value={a.value} label={a.label} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="Note"
            description={action === 'OTHER' ? 'Required: what you did.' : 'Optional.'}
            withAsterisk={action === 'OTHER'}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {error ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={loading}>
              Save acknowledgement
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
