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
import { Anchor, Badge, Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { MeasureInstrument, MyPatientsTable_PatientFragment } from '../../../gql/graphql';
import { ScoreBadge } from '../../measures/components/ScoreBadge';
import { INSTRUMENT_LABELS } from '../../measures/instruments';

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
    lastVisitAt
    nextVisitAt
    latestScores {
      instrument
      total
      bandLabel
      bandLevel
      trend
    }
  }
`);

export interface MyPatientsTableProps {
  patients: readonly FragmentType<typeof MyPatientsTable_patient>[];
  filter: string;
  /** The signed-in clinician, to show their role on each care team. */
  staffMemberId: string | null;
  /** Patients with no reliable improvement since their baseline (notImprovingPatients). */
  notImproving: readonly {
    patientId: string;
    instrument?: MeasureInstrument | null;
    weeksSinceBaseline?: number | null;
  }[];
  /** The practice's zone: visit times as its clock reads them, wherever the browser is. */
  timeZone: string | null;
  access: FieldAccess;
  path: ResponsePath;
  loading: boolean;
  onOpen: (patientId: string) => void;
}

type Row = MyPatientsTable_PatientFragment & { index: number };
type Score = NonNullable<Row['latestScores']>[number];

type SortKey = 'name' | 'lastVisit' | 'nextVisit' | 'depression' | 'anxiety';
interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Depression is the PHQ-9, or the PHQ-A for a teen. */
function depressionScore(row: Row): Score | null {
  const scores = row.latestScores ?? [];
  return scores.find((s) => s.instrument === 'PHQ9') ?? scores.find((s) => s.instrument === 'PHQA') ?? null;
}

function anxietyScore(row: Row): Score | null {
  return row.latestScores?.find((s) => s.instrument === 'GAD7') ?? null;
}

/** The value a column sorts by; null (no visit, no score) always sorts last. */
function sortValue(row: Row, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return patientDisplayName(row).toLowerCase();
    case 'lastVisit':
      return row.lastVisitAt ? Date.parse(row.lastVisitAt) : null;
    case 'nextVisit':
      return row.nextVisitAt ? Date.parse(row.nextVisitAt) : null;
    case 'depression':
      return depressionScore(row)?.total ?? null;
    case 'anxiety':
      return anxietyScore(row)?.total ?? null;
  }
}

function sortRows(rows: Row[], sort: Sort): Row[] {
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.descending ? -order : order;
  });
}

/** "Nov 3, 2026" / "Dec 2, 9:00 AM" on the practice's clock: a visit at a glance in a dense row. */
function visitText(iso: string, withTime: boolean, timeZone: string | null): string {
  return new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: 'numeric', minute: '2-digit' } : { year: 'numeric' }),
    ...(timeZone ? { timeZone } : {}),
  });
}

interface SortHeaderProps {
  label: string;
  column: SortKey;
  sort: Sort;
  onSort: (sort: Sort) => void;
}

/** A column header that sorts: the button is named by the header, and says how it is sorted now. */
function SortHeader({ label, column, sort, onSort }: SortHeaderProps) {
  const active = sort.key === column;
  const Icon = !active ? IconArrowsSort : sort.descending ? IconSortDescending : IconSortAscending;
  return (
    <UnstyledButton
      onClick={() => onSort({ key: column, descending: active ? !sort.descending : false })}
      fz="xs"
      fw={600}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, color: 'inherit' }}
    >
      {label}
      <Icon size={13} aria-hidden style={{ opacity: active ? 1 : 0.4 }} />
      {active ? (
        <VisuallyHidden>{sort.descending ? ' (sorted descending)' : ' (sorted ascending)'}</VisuallyHidden>
      ) : null}
    </UnstyledButton>
  );
}

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
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const rows = sortRows(
    all.filter((row) => matches(row, props.filter)),
    sort,
  );
  const refused = (row: Row, field: string) => access.refused([...path, row.index, field]);
  const notImproving = new Map<string, string[]>();
  for (const n of props.notImproving) {
    const what = `${n.instrument ? INSTRUMENT_LABELS[n.instrument] : 'Scores'}: no reliable improvement in ${n.weeksSinceBaseline ?? '?'} weeks`;
    notImproving.set(n.patientId, [...(notImproving.get(n.patientId) ?? []), what]);
  }
  const sortable = (label: string, column: SortKey) => (
    <SortHeader label={label} column={column} sort={sort} onSort={setSort} />
  );
  const scoreCell = (row: Row, score: Score | null, nameIf: MeasureInstrument) => (
    <RestrictedValue refused={refused(row, 'latestScores')}>
      {score?.instrument ? (
        <ScoreBadge
          instrument={score.instrument}
          total={score.total}
          bandLabel={score.bandLabel}
          bandLevel={score.bandLevel}
          trend={score.trend}
          withName={score.instrument !== nameIf}
          hideBand
        />
      ) : null}
    </RestrictedValue>
  );

  return (
    <DataTable
      label="My patients"
      rows={rows}
      rowKey={(row) => row.id}
      onRowClick={(row) => props.onOpen(row.id)}
      loading={props.loading}
      minWidth={1080}
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
          header: sortable('Patient', 'name'),
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
              {notImproving.has(row.id) ? (
                <Badge color="orange" variant="light" ml={6} tt="none" title={notImproving.get(row.id)?.join('; ')}>
                  Not improving
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
          key: 'lastVisit',
          header: sortable('Last visit', 'lastVisit'),
          nowrap: true,
          render: (row) => (
            <Text span size="sm" c={row.lastVisitAt ? undefined : 'dimmed'}>
              {row.lastVisitAt ? visitText(row.lastVisitAt, false, props.timeZone) : 'None'}
            </Text>
          ),
        },
        {
          key: 'nextVisit',
          header: sortable('Next visit', 'nextVisit'),
          nowrap: true,
          render: (row) => (
            <Text span size="sm" c={row.nextVisitAt ? undefined : 'orange.8'}>
              {row.nextVisitAt ? visitText(row.nextVisitAt, true, props.timeZone) : 'None booked'}
            </Text>
          ),
        },
        {
          key: 'phq9',
          header: sortable('PHQ-9', 'depression'),
          nowrap: true,
          render: (row) => scoreCell(row, depressionScore(row), 'PHQ9'),
        },
        {
          key: 'gad7',
          header: sortable('GAD-7', 'anxiety'),
          nowrap: true,
          render: (row) => scoreCell(row, anxietyScore(row), 'GAD7'),
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
