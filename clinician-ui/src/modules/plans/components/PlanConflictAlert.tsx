import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export interface PlanConflictAlertProps {
  busy: boolean;
  onSaveMine: () => void;
  onLoadSaved: () => void;
}

/**
 * Someone (perhaps this clinician in another tab) saved or activated the draft after it was opened here.
 * Nothing typed is lost: the clinician chooses which version to keep.
 */
export function PlanConflictAlert({ busy, onSaveMine, onLoadSaved }: PlanConflictAlertProps) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title="This plan was saved elsewhere"
      role="alert"
    >
      <Text size="sm">
        The draft was saved or activated after you opened it, so your changes were not saved. What you typed is still
        here.
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" color="orange" disabled={busy} onClick={onSaveMine}>
          Save my version over it
        </Button>
        <Button size="xs" variant="default" disabled={busy} onClick={onLoadSaved}>
          Load the saved version (discard mine)
        </Button>
      </Group>
    </Alert>
  );
}
