import {
  DataTable,
  DateText,
  EmptyState,
  Money,
  RestrictedValue,
  patientDisplayName,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Text, Tooltip } from '@mantine/core';
import { IconReceiptOff } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PatientAccountsTable_PatientFragment } from '../../../gql/graphql';
import { CoverageCell } from './CoverageCell';

export const PatientAccountsTable_patient = graphql(`
  fragment PatientAccountsTable_patient on Patient {
    id
    mrn
    legalFirstName
    legalLastName
    dateOfBirth
    insurancePolicies {
      id
      priority
      ...CoverageCell_policy
    }
  }
`);

export interface PatientAccountsTableProps {
  patients: readonly FragmentType<typeof PatientAccountsTable_patient>[];
  access: FieldAccess;
  path: ResponsePath;
  loading: boolean;
  searching: boolean;
}

type Row = PatientAccountsTable_PatientFragment & { index: number };

export function PatientAccountsTable(props: PatientAccountsTableProps) {
  const rows: Row[] = props.patients.map((p, index) => ({
    ...getFragmentData(PatientAccountsTable_patient, p),
    index,
  }));
  const refused = (row: Row, field: string) => props.access.refused([...props.path, row.index, field]);
  const policy = (row: Row, priority: 'PRIMARY' | 'SECONDARY') =>
    row.insurancePolicies?.find((p) => p.priority === priority);

  return (
    <DataTable
      label="Patient accounts"
      rows={rows}
      rowKey={(row) => row.id}
      loading={props.loading}
      minWidth={960}
      empty={
        <EmptyState
          icon={<IconReceiptOff size={20} />}
          title={props.searching ? 'No account matches' : 'No patient accounts yet'}
          description={props.searching ? 'Try the date of birth, phone or MRN.' : undefined}
        />
      }
      columns={[
        {
          key: 'patient',
          header: 'Patient',
          render: (row) => (
            <div>
              <Text span size="sm" fw={600}>
                <RestrictedValue refused={refused(row, 'legalLastName')}>{patientDisplayName(row)}</RestrictedValue>
              </Text>
              <Text size="xs" c="dimmed">
                MRN{' '}
                <Text span ff="monospace" inherit>
                  {row.mrn}
                </Text>
              </Text>
            </div>
          ),
        },
        {
          key: 'dob',
          header: 'Date of birth',
          nowrap: true,
          render: (row) => <DateText value={row.dateOfBirth} refused={refused(row, 'dateOfBirth')} />,
        },
        {
          key: 'primary',
          header: 'Primary insurance',
          render: (row) => (
            <CoverageCell
              policy={policy(row, 'PRIMARY') ?? null}
              refused={refused(row, 'insurancePolicies')}
              emptyLabel="Self-pay"
            />
          ),
        },
        {
          key: 'secondary',
          header: 'Secondary insurance',
          render: (row) => (
            <CoverageCell
              policy={policy(row, 'SECONDARY') ?? null}
              refused={refused(row, 'insurancePolicies')}
              emptyLabel="None"
            />
          ),
        },
        {
          key: 'balance',
          header: 'Balance',
          align: 'right',
          nowrap: true,
          // Balances arrive with charges and payments; until then every account is at zero.
          render: () => (
            <Tooltip label="Balances appear once charges and payments are posted">
              <Text span size="sm" tabIndex={0}>
                <Money cents={0} />
              </Text>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
