import { Modal } from '@mantine/core';
import { NewPatientForm } from './NewPatientForm';

export interface NewPatientModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (patientId: string) => void;
}

export function NewPatientModal({ opened, onClose, onCreated }: NewPatientModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New patient" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {opened ? <NewPatientForm onCancel={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}
