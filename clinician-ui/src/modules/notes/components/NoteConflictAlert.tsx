import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';

export interface NoteConflictAlertProps {
  onResolve: (keep: 'mine' | 'theirs') => Promise<void>;
}

/**
 * The note was saved in another tab or on another device. Nothing typed here is lost: the
 * clinician reloads and either saves this text over the other version or takes the other version.
 */
export function NoteConflictAlert({ onResolve }: NoteConflictAlertProps) {
  const [busy, setBusy] = useState<'mine' | 'theirs' | null>(null);
  const resolve = async (keep: 'mine' | 'theirs') => {
    setBusy(keep);
    try {
      await onResolve(keep);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title="This note was saved elsewhere"
      role="alert"
    >
      <Text size="sm">
        Someone (perhaps you, in another tab) saved this note after you opened it, so your latest changes were not
        saved. What you typed is still here. Reload to continue.
      </Text>
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          color="orange"
          loading={busy === 'mine'}
          disabled={!!busy}
          onClick={() => void resolve('mine')}
        >
          Reload and keep my text
        </Button>
        <Button
          size="xs"
          variant="default"
          loading={busy === 'theirs'}
          disabled={!!busy}
          onClick={() => void resolve('theirs')}
        >
          Reload the saved version (discard mine)
        </Button>
      </Group>
    </Alert>
  );
}
