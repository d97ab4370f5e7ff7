import {
  DataTable,
  DateText,
  EmptyState,
  RestrictedValue,
  ageInYears,
  patientDisplayName,
  type DataTableColumn,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Anchor, Badge, Button, Text } from '@mantine/core';
import { IconUserPlus, IconUserSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PatientResultsTable_PatientFragment } from '../../../gql/graphql';

export const PatientResultsTable_patient = graphql(`
  fragment PatientResultsTable_patient on Patient {
    id
    mrn
    status
    legalFirstName
    legalLastName
    preferredName
    dateOfBirth
    mobilePhone
    homePhone
    insurancePolicies {
      id
      priority
      memberId
      payer {
        id
        name
      }
    }
  }
`);

export interface PatientResultsTableProps {
  patients: readonly FragmentType<typeof PatientResultsTable_patient>[];
  /** Which fields the API refused, and where the list sits in the response. */
  access: FieldAccess;
  path: ResponsePath;
  loading: boolean;
  searching: boolean;
  onOpen: (patientId: string) => void;
  onCreate: () => void;
}

type Row = PatientResultsTable_PatientFragment & { index: number };

/** Search results: enough to tell two patients apart at a glance (name, DOB, MRN, phone, payer). */
export function PatientResultsTable(props: PatientResultsTableProps) {
  const { access, path } = props;
  const rows: Row[] = props.patients.map((p, index) => ({ ...getFragmentData(PatientResultsTable_patient, p), index }));
  const refused = (row: Row, field: string) => access.refused([...path, row.index, field]);

  const columns: DataTableColumn<Row>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (row) => (
        <div>
          <Anchor component={Link} to={`/patients/${row.id}`} fw={600} size="sm">
            {patientDisplayName(row)}
          </Anchor>
          {row.preferredName ? (
            <Text span size="xs" c="dimmed" ml={6}>
              “{row.preferredName}”
            </Text>
          ) : null}
        </div>
      ),
    },
    {
      key: 'dob',
      header: 'Date of birth',
      nowrap: true,
      render: (row) => (
        <>
          <DateText value={row.dateOfBirth} refused={refused(row, 'dateOfBirth')} />
          {row.dateOfBirth ? (
            <Text span size="xs" c="dimmed" ml={6}>
              {ageInYears(row.dateOfBirth)} y
            </Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'mrn',
      header: 'MRN',
      nowrap: true,
      render: (row) => (
        <Text span ff="monospace" size="xs">
          {row.mrn}
        </Text>
      ),
    },
    {
      key: 'phone',
      header: 'Phone',
      nowrap: true,
      render: (row) => (
        <RestrictedValue refused={refused(row, 'mobilePhone')}>{row.mobilePhone ?? row.homePhone}</RestrictedValue>
      ),
    },
    {
      key: 'insurance',
      header: 'Primary insurance',
      render: (row) => {
        const primary = row.insurancePolicies?.find((policy) => policy.priority === 'PRIMARY');
        return (
          <RestrictedValue refused={refused(row, 'insurancePolicies')}>
            {primary ? (
              <div>
                <Text span size="sm">
                  {primary.payer?.name ?? '—'}
                </Text>
                <Text span size="xs" c="dimmed" ff="monospace" ml={6}>
                  {primary.memberId}
                </Text>
              </div>
            ) : (
              <Text span size="sm" c="dimmed">
                None on file
              </Text>
            )}
          </RestrictedValue>
        );
      },
    },
    {
      key: 'status',
      header: 'Status',
      nowrap: true,
      render: (row) => (
        <Badge color={row.status === 'ACTIVE' ? 'teal' : 'gray'}>
          {row.status === 'ACTIVE' ? 'Active' : 'Inactive'}
        </Badge>
      ),
    },
  ];

  return (
    <DataTable
      label="Patients"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      onRowClick={(row) => props.onOpen(row.id)}
      loading={props.loading}
      empty={
        props.searching ? (
          <EmptyState
            icon={<IconUserSearch size={20} />}
            title="No patient matches"
            description="Check the spelling, try the date of birth or phone, or register a new patient."
            action={
              <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={props.onCreate}>
                Register a new patient
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={<IconUserSearch size={20} />}
            title="No patients yet"
            description="Register the first patient."
          />
        )
      }
    />
  );
}
