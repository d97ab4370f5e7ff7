import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';

const ProfileRevokeConsentMutation = graphql(`
  mutation ProfileRevokeConsent($id: ID!, $reason: String!) {
    revokeConsent(id: $id, reason: $reason) {
      id
      status
      revokedAt
      revokedReason
    }
  }
`);

export interface RevokeConsentFormProps {
  consentId: string;
  onCancel: () => void;
  onRevoked: () => void;
}

/** Revoking is kept on the record with its reason (the API wants at least 3 characters). */
export function RevokeConsentForm({ consentId, onCancel, onRevoked }: RevokeConsentFormProps) {
  const [revoke, { loading }] = useMutation(ProfileRevokeConsentMutation);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    setProblem(null);
    if (reason.trim().length < 3) {
      setReasonError('Say why the consent is revoked (at least 3 characters).');
      return;
    }
    const { data, error } = await revoke({ variables: { id: consentId, reason: reason.trim() } });
    if (data?.revokeConsent) {
      notifications.show({ color: 'teal', message: 'Consent revoked.' });
      onRevoked();
      return;
    }
    const fieldError = invalidFields(error)['reason'];
    if (fieldError) setReasonError(fieldError);
    else setProblem(userMessage(error));
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-label="Revoke consent"
    >
      <Stack gap="sm">
        <Text size="sm">
          The signed form stays on the record, marked revoked from now on. Visits that need it will be flagged.
        </Text>
        <Textarea
          label="Reason"
          description="e.g. “Patient withdrew consent by phone on 3/4.”"
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
          error={reasonError}
          data-autofocus
        />
        {problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading}>
            Revoke consent
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
