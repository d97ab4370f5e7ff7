import { Alert, Button, Group, Text } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { blockingErrors, userMessage } from '../apollo/errors';

export interface QueryErrorProps {
  error: ErrorLike | null | undefined;
  onRetry?: () => void;
}

/**
 * A failed query, if it really failed: refused fields alone (FORBIDDEN below the root) are
 * rendered by RestrictedValue and do not show an error here.
 */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  if (blockingErrors(error).length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{userMessage(error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
