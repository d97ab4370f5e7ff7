import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { IconClockHour4 } from '@tabler/icons-react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getLastApiActivity, subscribeApiActivity } from '../apollo/apiActivity';
import { formatCountdown, formatDuration } from '../format/format';
import { endSession } from './endSession';
import { ViewerQueryDocument } from './useViewer';

/** How long before the server's idle timeout the warning appears. */
export const IDLE_WARNING_SECONDS = 60;

export interface IdleTimeoutWarningProps {
  /** The viewer's `idleTimeoutSeconds`: the server ends the session after this much inactivity. */
  idleTimeoutSeconds: number;
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Automatic log-off (HIPAA 164.312(a)(2)(iii), ONC 170.315(d)(5)): the server ends an idle
 * session; this warns a minute before, blurs the screen behind the warning so patient data is not
 * left on display, and at zero signs out and says why. Any API request (here "Stay signed in"
 * re-reads the viewer) resets the server's clock and this one.
 */
export function IdleTimeoutWarning({ idleTimeoutSeconds }: IdleTimeoutWarningProps) {
  const client = useApolloClient();
  const lastActivity = useSyncExternalStore(subscribeApiActivity, getLastApiActivity);
  const now = useNow(1000);
  const [staying, setStaying] = useState(false);
  const remaining = idleTimeoutSeconds - (now - lastActivity) / 1000;
  const expired = remaining <= 0;
  const warning = !expired && remaining <= Math.min(IDLE_WARNING_SECONDS, idleTimeoutSeconds / 2);

  useEffect(() => {
    if (!expired) return;
    void endSession(client, {
      callServer: true,
      notice: `You were signed out after ${formatDuration(idleTimeoutSeconds)} of inactivity`,
    });
  }, [expired, client, idleTimeoutSeconds]);

  const staySignedIn = async () => {
    setStaying(true);
    try {
      await client.query({ query: ViewerQueryDocument, fetchPolicy: 'network-only' });
    } finally {
      setStaying(false);
    }
  };

  const signOutNow = () => endSession(client, { callServer: true, notice: 'You have signed out.' });

  return (
    <Modal
      opened={warning}
      onClose={() => void staySignedIn()}
      title={
        <Group gap={8}>
          <IconClockHour4 size={18} aria-hidden />
          <Text fw={600}>Are you still there?</Text>
        </Group>
      }
      centered
      size="sm"
      overlayProps={{ backgroundOpacity: 0.4, blur: 8 }}
      withCloseButton={false}
    >
      <Stack gap="md">
        <Text size="sm" role="timer">
          You will be signed out in {formatCountdown(remaining)}
        </Text>
        <Text size="xs" c="dimmed">
          To protect patient privacy, Handoff signs you out after {formatDuration(idleTimeoutSeconds)} without activity.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => void signOutNow()}>
            Sign out now
          </Button>
          <Button onClick={() => void staySignedIn()} loading={staying} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
