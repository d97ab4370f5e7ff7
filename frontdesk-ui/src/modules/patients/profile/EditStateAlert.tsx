import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { ReloadLatestButton } from './ReloadLatestButton';
import type { EditState } from './useVersionedPatientForm';
import type { EditableValues } from './versionedEdit';

export const STALE_MESSAGE = 'Someone else changed this record while you were editing. Your changes were not saved.';

export interface EditStateAlertProps<V extends EditableValues> {
  state: EditState<V>;
  labels: Readonly<Record<keyof V, string>>;
  reloading: boolean;
  onReload: () => void;
}

/**
 * What happened to the last save, in plain words. A stale save says that nothing was written and
 * offers to reload; after the reload it says which fields came from the other person's change and
 * which of the user's own values will replace theirs, so nothing changes without being seen.
 */
export function EditStateAlert<V extends EditableValues>({
  state,
  labels,
  reloading,
  onReload,
}: EditStateAlertProps<V>) {
  switch (state.kind) {
    case 'editing':
      return null;
    case 'error':
      return (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert">
          {state.message}
        </Alert>
      );
    case 'stale':
      return (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} title="Not saved" role="alert">
          <Text size="sm">{STALE_MESSAGE}</Text>
          <Text size="xs" c="dimmed" mt={2}>
            What you typed is still in the form. Reload the latest version to re-apply your changes on top of it, check
            them, then save again.
          </Text>
          <ReloadLatestButton reloading={reloading} onReload={onReload} />
        </Alert>
      );
    case 'reloaded': {
      const names = (keys: (keyof V)[]) => keys.map((key) => labels[key]);
      return (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={16} />}
          title="Latest version loaded"
          role="status"
        >
          <Text size="sm">Your changes are re-applied below. Check them and save again.</Text>
          {state.taken.length > 0 ? (
            <Text size="xs" mt={4}>
              Updated by the other person: {names(state.taken).join(', ')}.
            </Text>
          ) : null}
          {state.overridden.length > 0 ? (
            <>
              <Text size="xs" mt={4}>
                You both changed these; saving keeps your value:
              </Text>
              <List size="xs">
                {names(state.overridden).map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Alert>
      );
    }
  }
}
