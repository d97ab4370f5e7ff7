import { Button, Group, Popover, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface ConfirmButtonProps {
  /** The button's text; also the confirming button's and, with the question, the dialog's accessible name. */
  label: string;
  /** What happens, said plainly ("The draft and its screening are deleted."). */
  question: ReactNode;
  /** Runs on confirmation; the popover stays open (busy) until it settles. */
  onConfirm: () => Promise<unknown>;
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
  disabled?: boolean;
}

/**
 * A button for an action that cannot be undone (discarding a draft): it asks once, in a popover
 * beside the button, with the cancel choice focused first, so a stray click loses nothing.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  color = 'red',
  size = 'sm',
  disabled,
}: ConfirmButtonProps) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      setOpened(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="top-end" width={300} trapFocus withArrow>
      <Popover.Target>
        <Button variant="subtle" color={color} size={size} disabled={disabled} onClick={() => setOpened((o) => !o)}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={label}>
        <Stack gap="xs">
          <Text size="sm">{question}</Text>
          <Group gap="xs" justify="flex-end">
            <Button variant="default" size="xs" disabled={busy} onClick={() => setOpened(false)} data-autofocus>
              Keep
            </Button>
            <Button color={color} size="xs" loading={busy} onClick={() => void confirm()}>
              {label}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
