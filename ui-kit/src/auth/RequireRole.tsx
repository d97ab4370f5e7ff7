import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { hasErrorCode } from '../apollo/errors';
import { canUseApp, type AppName } from '../apps/apps';
import { FullPageLoader } from '../layout/FullPageLoader';
import { useSessionState } from '../session/useSessionState';
import { useViewer } from '../session/useViewer';
import { LoginPage } from './LoginPage';

// Only a signed-in person sees these: loaded after sign-in, so the sign-in screen does not
// download the modal (and the scroll area and positioning code it brings).
const IdleTimeoutWarning = lazy(() =>
  import('../session/IdleTimeoutWarning').then((module) => ({ default: module.IdleTimeoutWarning })),
);
const WrongAppPage = lazy(() => import('./WrongAppPage').then((module) => ({ default: module.WrongAppPage })));

export interface RequireRoleProps {
  app: AppName;
  children: ReactNode;
}

/**
 * The gate every app's routes sit behind: the login page when signed out, a "wrong app" page
 * when the person's roles belong elsewhere, otherwise the app plus the idle-timeout warning.
 * The URL is kept, so a deep link opens after sign-in.
 */
export function RequireRole({ app, children }: RequireRoleProps) {
  const { viewer, loading, error, refetch } = useViewer();
  const session = useSessionState();

  if (session.signedOut || (!viewer && !loading && (!error || hasErrorCode(error, 'UNAUTHENTICATED')))) {
    return <LoginPage app={app} notice={session.notice} />;
  }
  if (!viewer && loading) return <FullPageLoader />;
  if (!viewer) {
    return (
      <Center mih="100vh" bg="gray.0" p="md">
        <Paper withBorder p="xl" maw={420}>
          <Stack gap="sm">
            <Title order={1} fz="h2">
              Cannot reach Handoff
            </Title>
            <Text size="sm">The server did not answer. Check your connection, then try again.</Text>
            <Button onClick={() => void refetch()} w="fit-content">
              Try again
            </Button>
          </Stack>
        </Paper>
      </Center>
    );
  }
  if (!canUseApp(app, viewer.roles)) {
    return (
      <Suspense fallback={<FullPageLoader />}>
        <WrongAppPage app={app} viewer={viewer} />
      </Suspense>
    );
  }
  return (
    <>
      {children}
      <Suspense fallback={null}>
        <IdleTimeoutWarning idleTimeoutSeconds={viewer.idleTimeoutSeconds} />
      </Suspense>
    </>
  );
}
