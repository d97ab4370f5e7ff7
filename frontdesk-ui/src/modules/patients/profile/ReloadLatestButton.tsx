import { Button, Group } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

export interface ReloadLatestButtonProps {
  reloading: boolean;
  onReload: () => void;
}

/** Loads the latest record into an open editor, keeping what the user typed on top. */
export function ReloadLatestButton({ reloading, onReload }: ReloadLatestButtonProps) {
  return (
    <Group mt="xs">
      <Button
        size="xs"
        variant="white"
        color="orange"
        leftSection={<IconRefresh size={14} aria-hidden />}
        loading={reloading}
        onClick={onReload}
      >
        Reload latest and re-apply my changes
      </Button>
    </Group>
  );
}
