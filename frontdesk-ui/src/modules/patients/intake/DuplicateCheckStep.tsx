import { QueryError, formatDate } from '@handoff/ui-kit';
import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconUsers } from '@tabler/icons-react';
import { DuplicateMatches } from './DuplicateMatches';
import type { DuplicateCheck } from './useDuplicateCheck';

export interface DuplicateCheckStepProps {
  check: DuplicateCheck;
  name: string;
  dateOfBirth: string;
}

/**
 * Step 2: a second record for the same person splits their chart and their bill, so possible
 * matches are shown before anything is created; the desk opens one or says none of them is this patient.
 */
export function DuplicateCheckStep({ check, name, dateOfBirth }: DuplicateCheckStepProps) {
  if (check.error) return <QueryError error={check.error} onRetry={check.retry} />;
  if (check.checking && check.matches.length === 0) {
    return (
      <Group gap="xs" py="md" aria-live="polite">
        <Loader size="xs" />
        <Text size="sm">Looking for existing records…</Text>
      </Group>
    );
  }
  if (check.matches.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="No existing record found">
        Nobody on file matches {name}, born {formatDate(dateOfBirth)}. Continue to contact details; the check runs again
        when a phone or email is added.
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Alert
        color="orange"
        variant="light"
        icon={<IconUsers size={18} />}
        title="This patient may already be registered"
      >
        {check.matches.length === 1 ? 'One record' : `${check.matches.length} records`} on file{' '}
        {check.matches.length === 1 ? 'looks' : 'look'} like {name}, born {formatDate(dateOfBirth)}. Ask the patient and
        open their existing profile if it is them; a second record splits the chart and the bill.
      </Alert>
      <DuplicateMatches matches={check.matches} />
    </Stack>
  );
}
