import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarX } from '@tabler/icons-react';
import type { SchedulingWarning } from '../../../gql/graphql';
import { WARNING_TEXT } from './schedulingProblem';

export interface BusyAlertProps {
  message: string;
}

/** The slot is taken: says by what and when, and what to do next. */
export function BusyAlert({ message }: BusyAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconCalendarX size={16} />} title="That time is taken" role="alert">
      <Text size="sm">{message}</Text>
      <Text size="xs" c="dimmed" mt={2}>
        Choose another time, provider or room.
      </Text>
    </Alert>
  );
}

export interface WarningsAlertProps {
  warnings: readonly SchedulingWarning[];
  /** "booking" or "move", for the sentence that introduces the list. */
  action: string;
}

/** Soft problems the receptionist may override with a reason, in plain words. */
export function WarningsAlert({ warnings, action }: WarningsAlertProps) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={16} />}
      title={`Check this ${action} before it goes ahead`}
      role="alert"
    >
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{WARNING_TEXT[warning]}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        To go ahead anyway, give a reason. It is kept with the appointment.
      </Text>
    </Alert>
  );
}
