import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { SchedulingWarning } from '../../../gql/graphql';
import { overrideReasonSchema } from './bookingSchema';
import { formatSlot } from './facilityTime';
import { WarningsAlert } from './SchedulingProblemAlert';

export interface MoveOverrideDialogProps {
  move: { startsAt: string; minutes: number; warnings: readonly SchedulingWarning[] } | null;
  timeZone: string;
  onClose: () => void;
  /** Resolves true once moved (the dialog closes), false when it still could not move. */
  onConfirm: (reason: string) => Promise<boolean>;
}

/** A drag the API will accept only with a reason: what is wrong, in plain words, and "Move anyway". */
export function MoveOverrideDialog({ move, timeZone, onClose, onConfirm }: MoveOverrideDialogProps) {
  return (
    <Modal
      opened={!!move}
      onClose={onClose}
      title="Move this appointment?"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {move ? (
        <MoveOverrideForm
          key={`${move.startsAt}|${move.minutes}`}
          move={move}
          timeZone={timeZone}
          onClose={onClose}
          onConfirm={onConfirm}
        />
      ) : null}
    </Modal>
  );
}

function MoveOverrideForm({
  move,
  timeZone,
  onClose,
  onConfirm,
}: Omit<MoveOverrideDialogProps, 'move'> & { move: NonNullable<MoveOverrideDialogProps['move']> }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const endsAt = new Date(new Date(move.startsAt).getTime() + move.minutes * 60_000).toISOString();

  const submit = async () => {
    const parsed = overrideReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Give a reason');
      return;
    }
    setSending(true);
    const moved = await onConfirm(parsed.data);
    setSending(false);
    if (moved) onClose();
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-label="Move with a reason"
    >
      <Stack gap="sm">
        <Text size="sm">
          To <b>{formatSlot(move.startsAt, endsAt, timeZone)}</b>
        </Text>
        <WarningsAlert warnings={move.warnings} action="move" />
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Leave it where it was
          </Button>
          <Button type="submit" color="yellow.8" loading={sending}>
            Move anyway
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
