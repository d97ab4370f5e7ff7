import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ReloadLatestButton } from './ReloadLatestButton';

export interface OutdatedRecordAlertProps {
  reloading: boolean;
  onReload: () => void;
}

/**
 * Shown at the top of an open editor as soon as the live subscription brings someone else's save,
 * so the user can pick up the latest before typing more (saving as is would be refused).
 */
export function OutdatedRecordAlert({ reloading, onReload }: OutdatedRecordAlertProps) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title="Changed elsewhere"
      role="status"
    >
      <Text size="sm">Someone else just saved changes to this record. Reload the latest before saving.</Text>
      <Text size="xs" c="dimmed" mt={2}>
        What you typed is kept and re-applied on top.
      </Text>
      <ReloadLatestButton reloading={reloading} onReload={onReload} />
    </Alert>
  );
}
