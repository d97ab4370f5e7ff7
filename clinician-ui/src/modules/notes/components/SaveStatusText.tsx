import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { SaveState } from '../hooks/useAutosave';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/** Where the draft stands, announced politely to screen readers ("Saved 2:05 PM", "Saving…"). */
export function SaveStatusText({ state }: { state: SaveState }) {
  const content = (() => {
    switch (state.kind) {
      case 'saved':
        return (
          <>
            <IconCheck size={14} aria-hidden color="var(--mantine-color-teal-6)" />
            <Text span size="xs" c="dimmed">
              Saved {time(state.at)}
            </Text>
          </>
        );
      case 'dirty':
        return (
          <Text span size="xs" c="dimmed">
            Unsaved changes
          </Text>
        );
      case 'saving':
        return (
          <>
            <Loader size={10} aria-hidden />
            <Text span size="xs" c="dimmed">
              Saving…
            </Text>
          </>
        );
      case 'conflict':
        return (
          <>
            <IconAlertTriangle size={14} aria-hidden color="var(--mantine-color-orange-6)" />
            <Text span size="xs" c="orange.8">
              Not saved: changed elsewhere
            </Text>
          </>
        );
      case 'error':
        return (
          <>
            <IconAlertTriangle size={14} aria-hidden color="var(--mantine-color-red-6)" />
            <Text span size="xs" c="red.7">
              Not saved
            </Text>
          </>
        );
    }
  })();
  return (
    <Group gap={4} role="status" aria-live="polite" wrap="nowrap">
      {content}
    </Group>
  );
}
