import { DataTable, EmptyState } from '@handoff/ui-kit';
import { Badge, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ClinicianWorkloadTable_CountsFragment } from '../../../gql/graphql';

export const ClinicianWorkloadTable_counts = graphql(`
  fragment ClinicianWorkloadTable_counts on ClinicianAttentionCounts {
    staffMemberId
    name
    unsignedNotes
    lateNotes
    awaitingCosignature
    heldCharges
    openSafetyAlerts
    planReviewsDue
  }
`);

export interface ClinicianWorkloadTableProps {
  counts: readonly FragmentType<typeof ClinicianWorkloadTable_counts>[];
  loading: boolean;
}

type Row = ClinicianWorkloadTable_CountsFragment;

/** A count that is fine at zero: dimmed then, coloured when something waits. */
function Count({ value, color }: { value: number; color: string }) {
  return value === 0 ? (
    <Text span size="sm" c="dimmed">
      0
    </Text>
  ) : (
    <Badge color={color} variant="light">
      {value}
    </Badge>
  );
}

/**
 * Each clinician's "needs my attention", as counts only: the manager sees who is behind on notes,
 * co-signatures, held charges, safety alerts and plan reviews without reading any clinical detail.
 */
export function ClinicianWorkloadTable(props: ClinicianWorkloadTableProps) {
  const rows: Row[] = props.counts.map((c) => getFragmentData(ClinicianWorkloadTable_counts, c));
  return (
    <DataTable
      label="Clinician workload"
      rows={rows}
      rowKey={(row) => row.staffMemberId}
      loading={props.loading}
      empty={<EmptyState icon={<IconChecklist size={20} />} title="No clinicians" description="" />}
      columns={[
        { key: 'name', header: 'Clinician', render: (row) => row.name },
        {
          key: 'unsigned',
          header: 'Unsigned notes',
          render: (row) => <Count value={row.unsignedNotes ?? 0} color="yellow" />,
        },
        {
          key: 'late',
          header: 'Over 72 h',
          render: (row) => <Count value={row.lateNotes ?? 0} color="red" />,
        },
        {
          key: 'cosign',
          header: 'Awaiting co-signature',
          render: (row) => <Count value={row.awaitingCosignature ?? 0} color="yellow" />,
        },
        {
          key: 'held',
          header: 'Held charges',
          render: (row) => <Count value={row.heldCharges ?? 0} color="red" />,
        },
        {
          key: 'alerts',
          header: 'Open safety alerts',
          render: (row) => <Count value={row.openSafetyAlerts ?? 0} color="red" />,
        },
        {
          key: 'plans',
          header: 'Plan reviews due',
          render: (row) => <Count value={row.planReviewsDue ?? 0} color="yellow" />,
        },
      ]}
    />
  );
}
