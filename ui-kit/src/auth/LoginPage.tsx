import { Alert, Box, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { recordApiActivity } from '../apollo/apiActivity';
import type { HandoffOperationContext } from '../apollo/createApolloClient';
import { userMessage } from '../apollo/errors';
import { APP_TITLES, type AppName } from '../apps/apps';
import { graphql } from '../gql';
import { BrandMark } from '../layout/BrandMark';
import { markSignedIn } from '../session/sessionStore';
import { ViewerQueryDocument } from '../session/useViewer';

export const LoginMutationDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...ViewerFields
    }
  }
`);

export interface LoginPageProps {
  app: AppName;
  /** Why the person is here, e.g. "You were signed out after 15 minutes of inactivity". */
  notice?: string | null;
}

const loginContext: HandoffOperationContext = { expectUnauthenticated: true };

/** Email and password sign-in. The server's message is shown as is (it never says which part was wrong). */
export function LoginPage({ app, notice }: LoginPageProps) {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutationDocument, { context: loginContext });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = {
      email: email.trim() ? undefined : 'Enter your email',
      password: password ? undefined : 'Enter your password',
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    setServerError(null);
    const { data, error } = await login({ variables: { email: email.trim(), password } });
    if (data?.login) {
      client.cache.writeQuery({ query: ViewerQueryDocument, data: { viewer: data.login } });
      recordApiActivity();
      markSignedIn();
      return;
    }
    setPassword('');
    setServerError(userMessage(error));
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Box w="100%" maw={380}>
        <Center mb="lg">
          <BrandMark subtitle={APP_TITLES[app]} />
        </Center>
        <Paper withBorder shadow="xs" p="xl">
          <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="handoff-sign-in-title">
            <Stack gap="md">
              <Title order={1} fz="h2" id="handoff-sign-in-title">
                Sign in
              </Title>
              {notice ? (
                <Alert variant="light" color="handoff" icon={<IconInfoCircle size={16} />} role="status">
                  {notice}
                </Alert>
              ) : null}
              {serverError ? (
                <Alert variant="light" color="red" icon={<IconAlertCircle size={16} />} role="alert">
                  {serverError}
                </Alert>
              ) : null}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrors.email}
                autoFocus
                required
              />
              <TextInput
                label="Password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
                required
              />
              <Button type="submit" fullWidth loading={loading}>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text ta="center" size="xs" c="dimmed" mt="md">
          For authorized use only. Access to patient records is logged.
        </Text>
      </Box>
    </Center>
  );
}
