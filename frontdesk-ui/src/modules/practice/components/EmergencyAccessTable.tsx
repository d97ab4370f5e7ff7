import {
  DataTable,
  EmptyState,
  RestrictedValue,
  formatDateTime,
  patientDisplayName,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Anchor, Badge, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { EmergencyAccessTable_GrantFragment } from '../../../gql/graphql';

export const EmergencyAccessTable_grant = graphql(`
  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {
    id
    createdAt
    expiresAt
    reason
    staffMember {
      id
      displayName
    }
    patient {
      id
      mrn
      legalFirstName
      legalLastName
    }
  }
`);

export interface EmergencyAccessTableProps {
  grants: readonly FragmentType<typeof EmergencyAccessTable_grant>[];
  loading: boolean;
  access: FieldAccess;
  path: ResponsePath;
}

type Row = EmergencyAccessTable_GrantFragment & { index: number };

/** Break-the-glass openings of charts off the clinician's care team, newest first, for review. */
export function EmergencyAccessTable(props: EmergencyAccessTableProps) {
  const rows: Row[] = props.grants.map((g, index) => ({ ...getFragmentData(EmergencyAccessTable_grant, g), index }));
  const refused = (row: Row, field: string) => props.access.refused([...props.path, row.index, field]);
  const [now] = useState(() => Date.now());

  return (
    <DataTable
      label="Emergency access grants"
      rows={rows}
      rowKey={(row) => row.id}
      loading={props.loading}
      empty={
        <EmptyState
          icon={<IconShieldCheck size={20} />}
          title="No emergency access"
          description="When a clinician opens a chart outside their care team, it appears here for review."
        />
      }
      columns={[
        { key: 'when', header: 'Opened', nowrap: true, render: (row) => formatDateTime(row.createdAt) },
        {
          key: 'who',
          header: 'Clinician',
          render: (row) => (
            <RestrictedValue refused={refused(row, 'staffMember')}>{row.staffMember?.displayName}</RestrictedValue>
          ),
        },
        {
          key: 'patient',
          header: 'Patient',
          render: (row) => (
            <RestrictedValue refused={refused(row, 'patient')}>
              {row.patient ? (
                <Anchor component={Link} to={`/patients/${row.patient.id}`} size="sm">
                  {patientDisplayName(row.patient)}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {row.patient.mrn}
                  </Text>
                </Anchor>
              ) : null}
            </RestrictedValue>
          ),
        },
        {
          key: 'reason',
          header: 'Stated reason',
          render: (row) => <RestrictedValue refused={refused(row, 'reason')}>{row.reason}</RestrictedValue>,
        },
        {
          key: 'status',
          header: 'Access',
          nowrap: true,
          render: (row) =>
            new Date(row.expiresAt).getTime() > now ? (
              <Badge color="orange">Open until {formatDateTime(row.expiresAt).replace(/^.*, /, '')}</Badge>
            ) : (
              <Badge color="gray">Expired</Badge>
            ),
        },
      ]}
    />
  );
}
