import { useMutation } from '@apollo/client/react';
import {
  EmptyState,
  Money,
  RestrictedValue,
  SectionCard,
  formatDateTime,
  humanizeEnum,
  notifications,
  userMessage,
  type FieldAccess,
} from '@handoff/ui-kit';
import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCash, IconFileInvoice, IconMailDollar, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { CollectPaymentDialog } from '../../arrivals/components/CollectPaymentDialog';

export const AccountCard_patient = graphql(`
  fragment AccountCard_patient on Patient {
    id
    legalFirstName
    legalLastName
    balanceCents
    statements {
      id
      sentAt
      sentTo
      sentBy
      balanceCents
      pdfUrl
    }
  }
`);

const ProfileSendStatementMutation = graphql(`
  mutation ProfileSendStatement($patientId: ID!) {
    sendStatement(patientId: $patientId) {
      id
      sentAt
      sentTo
    }
  }
`);

export const AccountCard_ledgerEntry = graphql(`
  fragment AccountCard_ledgerEntry on LedgerEntry {
    id
    kind
    description
    amountCents
    postedAt
  }
`);

export interface AccountCardProps {
  patient: FragmentType<typeof AccountCard_patient>;
  /** The newest ledger entries (patientLedger). */
  ledger: readonly FragmentType<typeof AccountCard_ledgerEntry>[] | null | undefined;
  access: FieldAccess;
  onChanged: () => void;
}

/** What the patient owes and the latest entries on their account; payments and statements. */
export function AccountCard({ patient, ledger, access, onChanged }: AccountCardProps) {
  const p = getFragmentData(AccountCard_patient, patient);
  const entries = getFragmentData(AccountCard_ledgerEntry, ledger ?? []);
  const [collecting, setCollecting] = useState(false);
  const [sendStatement, { loading: sending }] = useMutation(ProfileSendStatementMutation);
  const [statementProblem, setStatementProblem] = useState<string | null>(null);
  const statements = p.statements ?? [];
  const balance = p.balanceCents ?? 0;
  const balanceRefused = access.refused(['patient', 'balanceCents']);
  const ledgerRefused = access.refused(['patientLedger']);
  const patientName = [p.legalFirstName, p.legalLastName].filter(Boolean).join(' ');

  async function send() {
    setStatementProblem(null);
    const { data, error } = await sendStatement({ variables: { patientId: p.id } });
    const sent = data?.sendStatement;
    if (!sent) {
      setStatementProblem(userMessage(error));
      return;
    }
    notifications.show({
      color: sent.sentTo ? 'teal' : 'yellow',
      message: sent.sentTo
        ? `Statement emailed to ${sent.sentTo}.`
        : 'Statement recorded. There is no email on file: print the PDF and mail it.',
    });
    onChanged();
  }

  return (
    <SectionCard
      title="Account"
      actions={
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconCash size={14} aria-hidden />}
          onClick={() => setCollecting(true)}
        >
          Collect payment
        </Button>
      }
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Text size="xs" c="dimmed" fw={500}>
              Balance
            </Text>
            <Text size="xl" fw={700} c={balance > 0 ? 'red.8' : undefined}>
              <Money cents={p.balanceCents} refused={balanceRefused} />
            </Text>
            {balance < 0 ? (
              <Text size="xs" c="dimmed">
                Credit on account
              </Text>
            ) : null}
          </div>
          <Anchor
            href={`/documents/statements/${encodeURIComponent(p.id)}.pdf`}
            target="_blank"
            rel="noopener"
            size="sm"
            display="inline-flex"
            style={{ alignItems: 'center', gap: 4 }}
          >
            <IconFileInvoice size={14} aria-hidden /> Statement PDF
          </Anchor>
        </Group>

        {ledgerRefused ? (
          <RestrictedValue refused />
        ) : entries.length === 0 ? (
          <EmptyState compact icon={<IconReceipt size={16} />} title="No charges or payments yet" />
        ) : (
          <Table fz="xs" verticalSpacing={4} horizontalSpacing={6} aria-label="Latest account entries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Posted</Table.Th>
                <Table.Th>Entry</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {entry.postedAt ? formatDateTime(entry.postedAt) : '—'}
                  </Table.Td>
                  <Table.Td>{entry.description ?? (entry.kind ? humanizeEnum(entry.kind) : '—')}</Table.Td>
                  <Table.Td ta="right" c={(entry.amountCents ?? 0) < 0 ? 'teal.8' : undefined}>
                    <Money cents={entry.amountCents} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        <Group justify="space-between" gap="xs">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Statements
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconMailDollar size={12} aria-hidden />}
            loading={sending}
            onClick={() => void send()}
          >
            Send statement
          </Button>
        </Group>
        {statementProblem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            {statementProblem}
          </Alert>
        ) : null}
        {statements.length === 0 ? (
          <Text size="xs" c="dimmed">
            No statement sent yet.
          </Text>
        ) : (
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Statements sent">
            {statements.slice(0, 4).map((statement) => (
              <Text key={statement.id} component="li" size="xs">
                {statement.sentAt ? formatDateTime(statement.sentAt) : '—'} · <Money cents={statement.balanceCents} />
                <Text span size="xs" c="dimmed">
                  {' · '}
                  {statement.sentTo ? `to ${statement.sentTo}` : 'no email on file (print)'}
                  {statement.sentBy ? ` · by ${statement.sentBy}` : ''}
                </Text>
              </Text>
            ))}
          </Stack>
        )}
      </Stack>

      {collecting ? (
        <CollectPaymentDialog
          patientId={p.id}
          patientName={patientName}
          appointmentId={null}
          // Offered amount: the balance due; the desk can change it (a partial payment).
          copayDueCents={Math.max(balance, 0)}
          onClose={() => setCollecting(false)}
          onPaid={onChanged}
        />
      ) : null}
    </SectionCard>
  );
}
