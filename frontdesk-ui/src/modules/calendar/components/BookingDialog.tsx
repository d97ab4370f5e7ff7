import { Modal } from '@mantine/core';
import { BookingForm, type BookingFormProps } from './BookingForm';

export interface BookingDialogProps extends Omit<BookingFormProps, 'draft' | 'onCancel'> {
  draft: BookingFormProps['draft'] | null;
  onClose: () => void;
}

export function BookingDialog({ draft, onClose, ...form }: BookingDialogProps) {
  return (
    <Modal
      opened={!!draft}
      onClose={onClose}
      title="New appointment"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {/* Keyed by the slot: each opening starts from what was clicked, not from the last booking. */}
      {draft ? (
        <BookingForm
          key={`${draft.startsAt}|${draft.providerId}|${draft.roomId}|${draft.appointmentTypeId ?? ''}`}
          draft={draft}
          onCancel={onClose}
          {...form}
        />
      ) : null}
    </Modal>
  );
}
