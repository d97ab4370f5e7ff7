import { DataTable, EmptyState, humanizeEnum } from '@handoff/ui-kit';
import { Badge, Button, Text, VisuallyHidden } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PayerKind, PayersTable_PayerFragment } from '../../../gql/graphql';
import { describeTelehealthRules, effectiveTelehealthRules, hasOwnTelehealthRules } from './telehealthRules';

export const PayersTable_payer = graphql(`
  fragment PayersTable_payer on Payer {
    id
    name
    kind
    payerCode
    phone
    telehealthRules {
      videoPlaceOfServiceHome
      videoPlaceOfServiceOther
      videoModifiers
      audioOnlyModifiers
      audioOnlyAllowed
    }
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
  /** Opens the payer's telehealth coding rules. */
  onTelehealthCoding: (payerId: string) => void;
}

export function PayersTable(props: PayersTableProps) {
  const rows: PayersTable_PayerFragment[] = props.payers.map((p) => getFragmentData(PayersTable_payer, p));
  return (
    <DataTable
      label="Payers"
      rows={rows}
      rowKey={(row) => row.id}
      loading={props.loading}
      minWidth={900}
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
        {
          key: 'telehealth',
          header: 'Telehealth coding',
          render: (row) =>
            hasOwnTelehealthRules(row.telehealthRules) ? (
              <Text span size="xs">
                {describeTelehealthRules(effectiveTelehealthRules(row.telehealthRules))}
              </Text>
            ) : (
              <Text span size="xs" c="dimmed">
                Practice default
              </Text>
            ),
        },
        {
          key: 'actions',
          header: <VisuallyHidden>Actions</VisuallyHidden>,
          align: 'right',
          nowrap: true,
          render: (row) => (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`Telehealth coding for ${row.name}`}
              onClick={() => props.onTelehealthCoding(row.id)}
            >
              Telehealth coding
            </Button>
          ),
        },
      ]}
    />
  );
}
