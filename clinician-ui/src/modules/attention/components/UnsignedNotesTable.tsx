import { DataTable, DateText, EmptyState } from '@handoff/ui-kit';
import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ClinicianAttentionQuery } from '../../../gql/graphql';
import { SERVICE_LABELS } from '../../notes/components/noteLabels';
import { PatientLink } from '../../patients/components/PatientLink';
import { LATE_NOTE_HOURS } from '../hooks/useAttention';
import { formatHoursSince } from './hoursSince';

type Row = NonNullable<ClinicianAttentionQuery['myAttention']>['unsignedNotes'][number];

export interface UnsignedNotesTableProps {
  notes: readonly Row[];
  patientName: (id: string) => string | null;
  loading?: boolean;
}

/** My drafts, oldest session first; past 72 hours a note is late and marked red. */
export function UnsignedNotesTable({ notes, patientName, loading }: UnsignedNotesTableProps) {
  return (
    <DataTable
      label="Unsigned notes"
      rows={notes}
      rowKey={(row) => row.id}
      loading={loading}
      minWidth={640}
      empty={<EmptyState compact icon={<IconChecks size={16} />} title="Every note is signed" />}
      columns={[
        {
          key: 'patient',
          header: 'Patient',
          render: (row) => <PatientLink patientId={row.patientId} name={patientName(row.patientId)} />,
        },
        { key: 'date', header: 'Session', nowrap: true, render: (row) => <DateText value={row.dateOfService} /> },
        { key: 'service', header: 'Service', render: (row) => <Text size="sm">{SERVICE_LABELS[row.service]}</Text> },
        {
          key: 'since',
          header: 'Since session',
          nowrap: true,
          render: (row) => {
            const late = row.hoursSinceSession > LATE_NOTE_HOURS;
            return (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" c={late ? 'red.7' : undefined} fw={late ? 600 : undefined}>
                  {formatHoursSince(row.hoursSinceSession)}
                </Text>
                {late ? (
                  <Badge color="red" variant="filled" size="xs">
                    Late
                  </Badge>
                ) : null}
              </Group>
            );
          },
        },
        {
          key: 'missing',
          header: 'Still missing',
          render: (row) =>
            row.missingForSignature.length === 0 ? (
              <Text size="xs" c="teal.8">
                Ready to sign
              </Text>
            ) : (
              <Text size="xs" c="dimmed" lineClamp={2} title={row.missingForSignature.join('; ')}>
                {row.missingForSignature.join('; ')}
              </Text>
            ),
        },
        {
          key: 'action',
          header: <VisuallyHidden>Action</VisuallyHidden>,
          align: 'right',
          render: (row) => (
            <Button component={Link} to={`/notes/${row.id}`} size="xs" variant="light">
              Continue note
            </Button>
          ),
        },
      ]}
    />
  );
}
