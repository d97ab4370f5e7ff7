import { formatDate, patientDisplayName } from '@handoff/ui-kit';
import { Button, Paper, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { PossibleDuplicate } from './useDuplicateCheck';

export interface DuplicateMatchesProps {
  matches: readonly PossibleDuplicate[];
}

/** Existing records that may be this patient, each with a way to open it instead of registering. */
export function DuplicateMatches({ matches }: DuplicateMatchesProps) {
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={6} horizontalSpacing="sm" aria-label="Possible existing records">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Date of birth</Table.Th>
            <Table.Th>MRN</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => (
            <Table.Tr key={match.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {patientDisplayName(match)}
                </Text>
                {match.preferredName ? (
                  <Text size="xs" c="dimmed">
                    Goes by {match.preferredName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{match.dateOfBirth ? formatDate(match.dateOfBirth) : '—'}</Table.Td>
              <Table.Td ff="monospace">{match.mrn}</Table.Td>
              <Table.Td>{match.mobilePhone ?? '—'}</Table.Td>
              <Table.Td>{match.email ?? '—'}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  rightSection={<IconExternalLink size={14} />}
                  aria-label={`Open existing profile of ${patientDisplayName(match)}`}
                  onClick={() => void navigate(`/patients/${match.id}`)}
                >
                  Open existing profile
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
