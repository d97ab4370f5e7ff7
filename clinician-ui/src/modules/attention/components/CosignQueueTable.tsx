import { DataTable, DateText, EmptyState, formatDateTime } from '@handoff/ui-kit';
import { Button, Text, VisuallyHidden } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ClinicianAttentionQuery } from '../../../gql/graphql';
import { SERVICE_LABELS } from '../../notes/components/noteLabels';
import { PatientLink } from '../../patients/components/PatientLink';

type Row = NonNullable<ClinicianAttentionQuery['myAttention']>['awaitingMyCosignature'][number];

export interface CosignQueueTableProps {
  notes: readonly Row[];
  patientName: (id: string) => string | null;
  staffName: (id: string) => string | null;
  loading?: boolean;
}

/** Supervisees' signed notes waiting for my co-signature, oldest signature first. */
export function CosignQueueTable({ notes, patientName, staffName, loading }: CosignQueueTableProps) {
  return (
    <DataTable
      label="Notes awaiting my co-signature"
      rows={notes}
      rowKey={(row) => row.id}
      loading={loading}
      minWidth={640}
      empty={
        <EmptyState
          compact
          icon={<IconSignature size={16} />}
          title="No notes waiting for your co-signature"
          description="Notes your supervisees sign appear here."
        />
      }
      columns={[
        {
          key: 'patient',
          header: 'Patient',
          render: (row) => <PatientLink patientId={row.patientId} name={patientName(row.patientId)} />,
        },
        {
          key: 'author',
          header: 'Written by',
          render: (row) => <Text size="sm">{staffName(row.authorId) ?? '—'}</Text>,
        },
        { key: 'date', header: 'Session', nowrap: true, render: (row) => <DateText value={row.dateOfService} /> },
        { key: 'service', header: 'Service', render: (row) => <Text size="sm">{SERVICE_LABELS[row.service]}</Text> },
        {
          key: 'signed',
          header: 'Signed',
          nowrap: true,
          render: (row) => <Text size="sm">{row.signedAt ? formatDateTime(row.signedAt) : '—'}</Text>,
        },
        {
          key: 'action',
          header: <VisuallyHidden>Action</VisuallyHidden>,
          align: 'right',
          render: (row) => (
            <Button component={Link} to={`/cosign/${row.id}`} size="xs" variant="light">
              Review and co-sign
            </Button>
          ),
        },
      ]}
    />
  );
}
