import { useQuery } from '@apollo/client/react';
import { DataTable, DateText, EmptyState, QueryError } from '@handoff/ui-kit';
import { Button, Text, VisuallyHidden } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { SERVICE_LABELS } from '../../notes/components/noteLabels';
import { NoteStatusBadge, noteBadgeStatus } from '../../notes/components/NoteStatusBadge';
import type { ChartTabProps } from './chartTabs';

const PatientNotesQuery = graphql(`
  query ClinicianPatientNotes($id: ID!) {
    patient(id: $id) {
      id
      progressNotes {
        id
        dateOfService
        service
        status
        awaitingCosignature
        minutes
        signedAt
      }
    }
  }
`);

/** The patient's progress notes, newest session first; each opens in the editor (or read-only once signed). */
export function NotesTab({ patientId }: ChartTabProps) {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PatientNotesQuery, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
  });
  const notes = data?.patient?.progressNotes ?? [];

  return (
    <>
      <QueryError error={error} onRetry={() => void refetch()} />
      <DataTable
        label="Progress notes"
        rows={notes}
        rowKey={(row) => row.id}
        loading={loading && !data}
        onRowClick={(row) => void navigate(`/notes/${row.id}`)}
        minWidth={560}
        empty={
          <EmptyState
            icon={<IconNotes size={20} />}
            title="No progress notes yet"
            description="Start a note from the visit on My day."
          />
        }
        columns={[
          { key: 'date', header: 'Session', nowrap: true, render: (row) => <DateText value={row.dateOfService} /> },
          { key: 'service', header: 'Service', render: (row) => <Text size="sm">{SERVICE_LABELS[row.service]}</Text> },
          {
            key: 'minutes',
            header: 'Minutes',
            align: 'right',
            render: (row) => <Text size="sm">{row.minutes ?? '—'}</Text>,
          },
          { key: 'status', header: 'Status', render: (row) => <NoteStatusBadge status={noteBadgeStatus(row)} /> },
          {
            key: 'open',
            header: <VisuallyHidden>Action</VisuallyHidden>,
            align: 'right',
            render: (row) => (
              <Button component={Link} to={`/notes/${row.id}`} size="xs" variant="light">
                {row.status === 'DRAFT' ? 'Continue note' : 'View note'}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
