import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { MEDICATIONS_TAB_QUERIES } from '../operations/medications.operations';
import { FormErrorAlert } from './FormErrorAlert';

const EnrollTotpMutation = graphql(`
  mutation ClinicianEnrollTotp {
    enrollTotp {
      secret
      otpauthUri
    }
  }
`);

const ConfirmTotpMutation = graphql(`
  mutation ClinicianConfirmTotp($code: String!) {
    confirmTotp(code: $code) {
      active
      activeSince
    }
  }
`);

/**
 * Sets up the authenticator app that signing a controlled substance needs (EPCS second factor). The
 * secret is shown once, as text; it becomes active only when a first code from the app is confirmed.
 */
export function TotpEnrollment() {
  const [enrollment, setEnrollment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [enroll, { loading: enrolling }] = useMutation(EnrollTotpMutation);
  const [confirm, { loading: confirming }] = useMutation(ConfirmTotpMutation, {
    refetchQueries: MEDICATIONS_TAB_QUERIES,
  });

  const start = async () => {
    setError(null);
    const result = await enroll();
    if (result.data?.enrollTotp) setEnrollment(result.data.enrollTotp);
    else setError(userMessage(result.error));
  };

  const submit = async () => {
    setError(null);
    const result = await confirm({ variables: { code: code.trim() } });
    if (result.data?.confirmTotp.active) {
      notifications.show({ color: 'teal', message: 'Authenticator app set up. Use its next code to sign.' });
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <Alert color="blue" variant="light" icon={<IconLock size={16} />} title="Authenticator app needed">
      <Stack gap="xs">
        {!enrollment ? (
          <>
            <Text size="sm">
              Signing a controlled substance needs a code from an authenticator app. Set one up first.
            </Text>
            <Group>
              <Button size="xs" loading={enrolling} onClick={() => void start()}>
                Set up authenticator app
              </Button>
            </Group>
          </>
        ) : (
          <form
            aria-label="Confirm authenticator app"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack gap="xs">
              <Text size="sm">Add this key to your authenticator app (shown once), then enter the code it shows.</Text>
              <Text size="sm">
                Secret key: <Code aria-label="Secret key">{enrollment.secret}</Code>
              </Text>
              <Text size="xs" style={{ wordBreak: 'break-all' }}>
                Setup URI: <Code aria-label="Setup URI">{enrollment.otpauthUri}</Code>
              </Text>
              <Group align="flex-end" gap="xs">
                <TextInput
                  label="Code from your authenticator app"
                  required
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  w={220}
                  value={code}
                  onChange={(event) => setCode(event.currentTarget.value)}
                />
                <Button type="submit" size="sm" loading={confirming}>
                  Confirm authenticator
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <FormErrorAlert message={error} />
      </Stack>
    </Alert>
  );
}
