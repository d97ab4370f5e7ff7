import {
  DataTable,
  DateText,
  EmptyState,
  RestrictedValue,
  ageInYears,
  humanizeEnum,
  patientDisplayName,
  type FieldAccess,
  type ResponsePath,
} from '@handoff/ui-kit';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { MyPatientsTable_PatientFragment } from '../../../gql/graphql';

export const MyPatientsTable_patient = graphql(`
  fragment MyPatientsTable_patient on Patient {
    id
    mrn
    status
    legalFirstName
    legalLastName
    preferredName
    pronouns
    dateOfBirth
    careTeam {
      id
      role
      staffMember {
        id
      }
    }
    diagnoses {
      id
      icd10Code
      description
      isPrimary
      status
    }
  }
`);

export interface MyPatientsTableProps {
  patients: readonly FragmentType<typeof MyPatientsTable_patient>[];
  filter: string;
  /** The signed-in clinician, to show their role on each care team. */
  staffMemberId: string | null;
  access: FieldAccess;
  path: ResponsePath;
  loading: boolean;
  onOpen: (patientId: string) => void;
}

type Row = MyPatientsTable_PatientFragment & { index: number };

function primaryDiagnosis(row: Row) {
  const active = row.diagnoses?.filter((d) => d.status === 'ACTIVE') ?? [];
  return active.find((d) => d.isPrimary) ?? active[0] ?? null;
}

function matches(row: Row, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    row.legalFirstName,
    row.legalLastName,
    row.preferredName,
    row.mrn,
    row.dateOfBirth,
    ...(row.diagnoses ?? []).map((d) => d.icd10Code),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return needle.split(/\s+/).every((part) => haystack.includes(part));
}

export function MyPatientsTable(props: MyPatientsTableProps) {
  const { access, path } = props;
  const all: Row[] = props.patients.map((p, index) => ({ ...getFragmentData(MyPatientsTable_patient, p), index }));
  const rows = all.filter((row) => matches(row, props.filter));
  const refused = (row: Row, field: string) => access.refused([...path, row.index, field]);

  return (
    <DataTable
      label="My patients"
      rows={rows}
      rowKey={(row) => row.id}
      onRowClick={(row) => props.onOpen(row.id)}
      loading={props.loading}
      empty={
        props.filter ? (
          <EmptyState icon={<IconUsers size={20} />} title="No patient matches the filter" />
        ) : (
          <EmptyState
            icon={<IconUsers size={20} />}
            title="No patients on your care team yet"
            description="The front desk assigns new patients to a primary clinician."
          />
        )
      }
      columns={[
        {
          key: 'name',
          header: 'Patient',
          render: (row) => (
            <div>
              <Anchor component={Link} to={`/patients/${row.id}`} fw={600} size="sm">
                {patientDisplayName(row)}
              </Anchor>
              {row.status !== 'ACTIVE' ? (
                <Badge color="gray" ml={6}>
                  Inactive
                </Badge>
              ) : null}
              {row.preferredName || row.pronouns ? (
                <Text span size="xs" c="dimmed" ml={6}>
                  {[row.preferredName && `“${row.preferredName}”`, row.pronouns].filter(Boolean).join(' · ')}
                </Text>
              ) : null}
            </div>
          ),
        },
        {
          key: 'age',
          header: 'Age · DOB',
          nowrap: true,
          render: (row) => (
            <>
              {row.dateOfBirth ? (
                <Text span size="sm">
                  {ageInYears(row.dateOfBirth)} y ·{' '}
                </Text>
              ) : null}
              <DateText value={row.dateOfBirth} refused={refused(row, 'dateOfBirth')} />
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
          key: 'dx',
          header: 'Primary diagnosis',
          render: (row) => {
            const dx = primaryDiagnosis(row);
            return (
              <RestrictedValue refused={refused(row, 'diagnoses')}>
                {dx ? (
                  <Group gap={6} wrap="nowrap">
                    <Badge variant="outline" color="gray" ff="monospace" style={{ flexShrink: 0 }}>
                      {dx.icd10Code}
                    </Badge>
                    <Text span size="sm" lineClamp={1}>
                      {dx.description}
                    </Text>
                  </Group>
                ) : null}
              </RestrictedValue>
            );
          },
        },
        {
          key: 'role',
          header: 'Your role',
          nowrap: true,
          render: (row) => {
            const mine = row.careTeam?.filter((m) => m.staffMember?.id === props.staffMemberId) ?? [];
            return (
              <RestrictedValue refused={refused(row, 'careTeam')}>
                {mine.length > 0 ? mine.map((m) => (m.role ? humanizeEnum(m.role) : '')).join(', ') : null}
              </RestrictedValue>
            );
          },
        },
      ]}
    />
  );
}
