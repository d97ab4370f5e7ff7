import { DataTable, EmptyState, type DataTableColumn } from '@handoff/ui-kit';
import { Badge, Button, ColorSwatch, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconClipboardList } from '@tabler/icons-react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { AppointmentTypesTable_TypeFragment } from '../../../gql/graphql';

export const AppointmentTypesTable_type = graphql(`
  fragment AppointmentTypesTable_type on AppointmentType {
    id
    name
    color
    defaultMinutes
    defaultCptCode
    telehealth
    group
    active
  }
`);

type TypeRef = FragmentType<typeof AppointmentTypesTable_type>;

export interface AppointmentTypesTableProps {
  types: readonly TypeRef[];
  loading: boolean;
  /** The row's Edit button or a click on the row. */
  onEdit: (typeId: string) => void;
}

interface Row {
  type: AppointmentTypesTable_TypeFragment;
}

function YesMark({ value, label }: { value: boolean; label: string }) {
  return value ? <IconCheck size={16} aria-label={label} color="var(--mantine-color-teal-7)" /> : null;
}

/** Every appointment type, active first, one dense row each with its Edit button. */
export function AppointmentTypesTable({ types, loading, onEdit }: AppointmentTypesTableProps) {
  const rows: Row[] = types
    .map((ref) => ({ type: getFragmentData(AppointmentTypesTable_type, ref) }))
    .sort((a, b) => Number(b.type.active) - Number(a.type.active) || a.type.name.localeCompare(b.type.name));

  const columns: DataTableColumn<Row>[] = [
    {
      key: 'name',
      header: 'Name',
      render: ({ type }) => (
        <Group gap="xs" wrap="nowrap" opacity={type.active ? 1 : 0.55}>
          <ColorSwatch color={type.color} size={14} aria-label={`Colour ${type.color}`} withShadow={false} />
          <Text size="sm" fw={500}>
            {type.name}
          </Text>
        </Group>
      ),
    },
    { key: 'minutes', header: 'Minutes', align: 'right', width: 90, render: ({ type }) => type.defaultMinutes },
    {
      key: 'cpt',
      header: 'Default CPT',
      width: 110,
      render: ({ type }) =>
        type.defaultCptCode ?? (
          <Text c="dimmed" size="sm">
            —
          </Text>
        ),
    },
    {
      key: 'telehealth',
      header: 'Telehealth',
      align: 'center',
      width: 100,
      render: ({ type }) => <YesMark value={type.telehealth} label="Telehealth" />,
    },
    {
      key: 'group',
      header: 'Group',
      align: 'center',
      width: 80,
      render: ({ type }) => <YesMark value={type.group} label="Group" />,
    },
    {
      key: 'active',
      header: 'Status',
      width: 100,
      render: ({ type }) =>
        type.active ? (
          <Badge variant="light" color="teal" size="sm">
            Active
          </Badge>
        ) : (
          <Badge variant="light" color="gray" size="sm">
            Inactive
          </Badge>
        ),
    },
    {
      key: 'edit',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      align: 'right',
      width: 80,
      render: ({ type }) => (
        <Button size="compact-xs" variant="subtle" onClick={() => onEdit(type.id)} aria-label={`Edit ${type.name}`}>
          Edit
        </Button>
      ),
    },
  ];

  return (
    <DataTable
      label="Appointment types"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.type.id}
      onRowClick={(row) => onEdit(row.type.id)}
      loading={loading}
      minWidth={640}
      empty={
        <EmptyState
          icon={<IconClipboardList size={28} stroke={1.5} />}
          title="No appointment types"
          description="Add the kinds of visit the practice books, e.g. Individual therapy 53 min."
        />
      }
    />
  );
}
