import { EmptyState, Money, RestrictedValue, SectionCard, type FieldAccess, type ResponsePath } from '@handoff/ui-kit';
import { Badge, Group, List, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconReceipt } from '@tabler/icons-react';
import { getFragmentData, type FragmentType } from '../../../gql';
import { SignedNote_note } from '../operations/progressNote.operations';

export interface ChargeSummaryProps {
  note: FragmentType<typeof SignedNote_note>;
  access: FieldAccess;
  /** Where the note sits in the response, for refused fields (fees are billing's). */
  path: ResponsePath;
}

/**
 * The charge signing created: the codes the documentation supports and, when it is held, each
 * documentation finding with what to fix. READY goes to billing; HELD waits for the fix (an addendum).
 */
export function ChargeSummary(props: ChargeSummaryProps) {
  const { charge } = getFragmentData(SignedNote_note, props.note);
  const base = [...props.path, 'charge'];

  if (!charge) {
    return (
      <SectionCard title="Charge">
        <EmptyState compact icon={<IconReceipt size={16} />} title="No charge for this note" />
      </SectionCard>
    );
  }
  const held = charge.status === 'HELD';
  const dx = charge.diagnosisCodes ?? [];

  return (
    <SectionCard
      title="Charge"
      actions={
        <Badge color={held ? 'red' : 'teal'} variant="light" aria-label={`Charge status: ${held ? 'Held' : 'Ready'}`}>
          {held ? 'Held' : 'Ready'}
        </Badge>
      }
    >
      <Stack gap="sm">
        <Table withTableBorder tabularNums fz="sm" aria-label="Charge lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>CPT</Table.Th>
              <Table.Th>Modifiers</Table.Th>
              <Table.Th>Units</Table.Th>
              <Table.Th>POS</Table.Th>
              <Table.Th>Dx</Table.Th>
              <Table.Th ta="right">Fee</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(charge.lines ?? []).map((line, index) => (
              <Table.Tr key={`${line.cpt}-${index}`}>
                <Table.Td ff="monospace">{line.cpt}</Table.Td>
                <Table.Td ff="monospace">{line.modifiers.join(' ') || '—'}</Table.Td>
                <Table.Td>{line.units}</Table.Td>
                <Table.Td ff="monospace">{line.placeOfService}</Table.Td>
                <Table.Td ff="monospace">
                  {line.diagnosisPointers.map((p) => dx[p - 1] ?? p).join(', ') || '—'}
                </Table.Td>
                <Table.Td ta="right">
                  <Money
                    cents={charge.lineFeesCents?.[index]}
                    refused={props.access.refused([...base, 'lineFeesCents'])}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Diagnoses:{' '}
            <RestrictedValue refused={props.access.refused([...base, 'diagnosisCodes'])}>
              {dx.join(', ') || '—'}
            </RestrictedValue>
          </Text>
          <Text size="sm" fw={600}>
            Total <Money cents={charge.totalCents} refused={props.access.refused([...base, 'totalCents'])} />
          </Text>
        </Group>
        {(charge.findings ?? []).length > 0 ? (
          <List spacing="xs" aria-label="Documentation findings" listStyleType="none" p={0} m={0}>
            {(charge.findings ?? []).map((finding) => {
              const error = finding.severity === 'ERROR';
              return (
                <List.Item
                  key={finding.ruleId}
                  icon={
                    <ThemeIcon size={20} radius="xl" variant="light" color={error ? 'red' : 'yellow'} aria-hidden>
                      {error ? <IconAlertCircle size={14} /> : <IconAlertTriangle size={14} />}
                    </ThemeIcon>
                  }
                >
                  <Text size="sm" fw={500}>
                    <Text span size="xs" fw={700} c={error ? 'red.7' : 'yellow.8'} mr={6}>
                      {error ? 'Error' : 'Warning'}
                    </Text>
                    {finding.message}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Fix: {finding.fix}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
