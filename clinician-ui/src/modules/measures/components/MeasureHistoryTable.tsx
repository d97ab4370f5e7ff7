import { DataTable, formatDate } from '@handoff/ui-kit';
import { Badge, Group, Text } from '@mantine/core';
import type { ChangeCategory, ClinicianMeasureHistoryQuery } from '../../../gql/graphql';
import { SEVERITY_COLORS } from '../instruments';

type History = NonNullable<NonNullable<ClinicianMeasureHistoryQuery['patient']>['measureHistory']>;
type Point = NonNullable<History['points']>[number];

export interface MeasureHistoryTableProps {
  /** "PHQ-9 administrations". */
  label: string;
  maxTotal: number;
  points: readonly Point[];
}

const CHANGE: Readonly<Record<ChangeCategory, { label: string; color: string }>> = {
  RECOVERED: { label: 'Recovered', color: 'teal' },
  IMPROVED: { label: 'Improved', color: 'teal' },
  UNCHANGED: { label: 'Unchanged', color: 'gray' },
  DETERIORATED: { label: 'Deteriorated', color: 'red' },
};

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Each administration, newest first: date, score, band, change against the baseline and its marks. */
export function MeasureHistoryTable({ label, maxTotal, points }: MeasureHistoryTableProps) {
  const rows = [...points].reverse();
  return (
    <DataTable
      label={label}
      rows={rows}
      rowKey={(row) => row.administrationId}
      minWidth={560}
      columns={[
        {
          key: 'date',
          header: 'Date',
          nowrap: true,
          render: (row) => (row.administeredOn ? formatDate(row.administeredOn) : '—'),
        },
        {
          key: 'score',
          header: 'Score',
          nowrap: true,
          align: 'right',
          render: (row) => (
            <Text span size="sm" fw={600}>
              {row.total}
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                / {maxTotal}
              </Text>
            </Text>
          ),
        },
        {
          key: 'band',
          header: 'Band',
          nowrap: true,
          render: (row) =>
            row.bandLabel ? (
              <Badge color={row.bandLevel ? SEVERITY_COLORS[row.bandLevel] : 'gray'} variant="light" tt="none">
                {row.bandLabel}
              </Badge>
            ) : null,
        },
        {
          key: 'change',
          header: 'Change',
          nowrap: true,
          render: (row) => {
            if (row.isBaseline) {
              return (
                <Text size="xs" c="dimmed">
                  Baseline
                </Text>
              );
            }
            const category = row.change ? CHANGE[row.change] : null;
            return (
              <Group gap={6} wrap="nowrap">
                {category ? (
                  <Badge color={category.color} variant="outline" tt="none">
                    {category.label}
                  </Badge>
                ) : null}
                {row.changeFromBaseline !== null && row.changeFromBaseline !== undefined ? (
                  <Text span size="xs" c="dimmed">
                    {signed(row.changeFromBaseline)} from baseline
                  </Text>
                ) : null}
              </Group>
            );
          },
        },
        {
          key: 'marks',
          header: 'Marks',
          render: (row) => (
            <Group gap={4}>
              {row.response ? (
                <Badge color="teal" variant="light" tt="none">
                  Response
                </Badge>
              ) : null}
              {row.remission ? (
                <Badge color="teal" variant="filled" tt="none">
                  Remission
                </Badge>
              ) : null}
              {row.safetyFlag ? (
                <Badge color="red" variant="filled" tt="none">
                  Safety flag
                </Badge>
              ) : null}
            </Group>
          ),
        },
      ]}
    />
  );
}
