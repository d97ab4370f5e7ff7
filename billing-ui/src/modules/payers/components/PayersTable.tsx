import { DataTable, EmptyState, humanizeEnum } from '@handoff/ui-kit';
import { Badge, Text } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PayerKind, PayersTable_PayerFragment } from '../../../gql/graphql';

export const PayersTable_payer = graphql(`
  fragment PayersTable_payer on Payer {
    id
    name
    kind
    payerCode
    phone
  }
`);

const KIND_COLORS: Record<PayerKind, string> = {
  COMMERCIAL: 'handoff',
  MEDICAID: 'grape',
  MEDICARE: 'cyan',
  TRICARE: 'indigo',
  OTHER: 'gray',
};

export interface PayersTableProps {
  payers: readonly FragmentType<typeof PayersTable_payer>[];
  loading: boolean;
}

export function PayersTable(props: PayersTableProps) {
  const rows: PayersTable_PayerFragment[] = props.payers.map((p) => getFragmentData(PayersTable_payer, p));
  return (
    <DataTable
      label="Payers"
      rows={rows}
      rowKey={(row) => row.id}
      loading={props.loading}
      minWidth={640}
      empty={<EmptyState icon={<IconBuildingBank size={20} />} title="No payers yet" />}
      columns={[
        {
          key: 'name',
          header: 'Payer',
          render: (row) => (
            <Text span size="sm" fw={600}>
              {row.name}
            </Text>
          ),
        },
        {
          key: 'kind',
          header: 'Type',
          nowrap: true,
          render: (row) => <Badge color={KIND_COLORS[row.kind]}>{humanizeEnum(row.kind)}</Badge>,
        },
        {
          key: 'code',
          header: 'Payer ID',
          nowrap: true,
          render: (row) => (
            <Text span size="xs" ff="monospace">
              {row.payerCode}
            </Text>
          ),
        },
        {
          key: 'phone',
          header: 'Phone',
          nowrap: true,
          render: (row) =>
            row.phone ?? (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
      ]}
    />
  );
}
