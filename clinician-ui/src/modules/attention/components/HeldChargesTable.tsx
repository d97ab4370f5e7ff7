import { DataTable, DateText, EmptyState } from '@handoff/ui-kit';
import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ClinicianAttentionQuery } from '../../../gql/graphql';

type Row = NonNullable<ClinicianAttentionQuery['myAttention']>['heldCharges'][number];

export interface HeldChargesTableProps {
  charges: readonly Row[];
  loading?: boolean;
}

/** My sessions' charges held by a documentation error, with each error and its fix (an addendum). */
export function HeldChargesTable({ charges, loading }: HeldChargesTableProps) {
  return (
    <DataTable
      label="Held charges"
      rows={charges}
      rowKey={(row) => row.id}
      loading={loading}
      minWidth={640}
      empty={<EmptyState compact icon={<IconReceipt size={16} />} title="No charge is held" />}
      columns={[
        { key: 'date', header: 'Session', nowrap: true, render: (row) => <DateText value={row.dateOfService} /> },
        {
          key: 'codes',
          header: 'Codes',
          nowrap: true,
          render: (row) => (
            <Text size="sm" ff="monospace">
              {(row.lines ?? []).map((l) => [l.cpt, ...l.modifiers].join('-')).join(', ') || '—'}
            </Text>
          ),
        },
        {
          key: 'findings',
          header: 'Why it is held',
          render: (row) => (
            <Stack gap={4}>
              {(row.findings ?? [])
                .filter((f) => f.severity === 'ERROR')
                .map((f) => (
                  <div key={f.ruleId}>
                    <Text size="sm" c="red.8">
                      {f.message}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Fix: {f.fix}
                    </Text>
                  </div>
                ))}
            </Stack>
          ),
        },
        {
          key: 'action',
          header: <VisuallyHidden>Action</VisuallyHidden>,
          align: 'right',
          render: (row) => (
            <Button component={Link} to={`/notes/${row.progressNoteId}`} size="xs" variant="light">
              Open note
            </Button>
          ),
        },
      ]}
    />
  );
}
