import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export interface FormErrorAlertProps {
  message: string | null;
}

/** The API's own message (typed errors carry no PHI), next to the form that caused it. */
export function FormErrorAlert({ message }: FormErrorAlertProps) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
      {message}
    </Alert>
  );
}
