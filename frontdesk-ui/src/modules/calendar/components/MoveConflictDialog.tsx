import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { BusyAlert } from './SchedulingProblemAlert';
import { OpenSlotList, type OpenSlot } from './OpenSlotList';
import type { MoveBlocked } from './useRescheduleAppointment';

export interface MoveConflictDialogProps {
  blocked: MoveBlocked | null;
  timeZone: string;
  onClose: () => void;
  /** Moves the appointment to a free time picked from the list instead. */
  onPick: (slot: OpenSlot) => void;
}

/**
 * A drag onto time that is taken: the appointment went back where it was; this says what is in
 * the way and offers the provider's next free times for the same type and length, one click to
 * move there.
 */
export function MoveConflictDialog({ blocked, timeZone, onClose, onPick }: MoveConflictDialogProps) {
  return (
    <Modal
      opened={!!blocked}
      onClose={onClose}
      title="Not moved"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {blocked ? (
        <Stack gap="sm">
          <BusyAlert message={blocked.message} timeZone={timeZone}>
            {blocked.search ? (
              <>
                <Text size="xs" fw={600} mt="xs" mb={4}>
                  Next free times for {blocked.providerName ?? 'this provider'}
                </Text>
                <OpenSlotList
                  search={blocked.search}
                  timeZone={timeZone}
                  layout="inline"
                  onPick={onPick}
                  emptyText="Nothing free in the next two weeks."
                />
              </>
            ) : null}
          </BusyAlert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Leave it where it was
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
