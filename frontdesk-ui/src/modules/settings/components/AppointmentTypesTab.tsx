import { useQuery } from '@apollo/client/react';
import { QueryError } from '@handoff/ui-kit';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { AppointmentTypeDrawer, type AppointmentTypeEditing } from './AppointmentTypeDrawer';
import { AppointmentTypesTable } from './AppointmentTypesTable';

const SettingsAppointmentTypesQuery = graphql(`
  query SettingsAppointmentTypes {
    appointmentTypes(includeInactive: true) {
      id
      name
      ...AppointmentTypesTable_type
      ...AppointmentTypeDrawer_type
    }
  }
`);

/** The kinds of visit the practice books: length, colour, billing code, telehealth, group. */
export function AppointmentTypesTab() {
  const { data, loading, error, refetch } = useQuery(SettingsAppointmentTypesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<AppointmentTypeEditing>({ mode: 'closed' });
  const types = data?.appointmentTypes ?? [];
  const names = types.map(({ id, name }) => ({ id, name }));

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          What the calendar offers when booking: default length, colour and the CPT code a completed visit bills.
        </Text>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ mode: 'create' })}>
          New type
        </Button>
      </Group>
      <QueryError error={error} onRetry={() => void refetch()} />
      <AppointmentTypesTable
        types={types}
        loading={loading && !data}
        onEdit={(typeId) => {
          // The table and the drawer read the same row, each through its own fragment.
          const row = types.find((t) => t.id === typeId);
          if (row) setEditing({ mode: 'edit', type: row });
        }}
      />
      <AppointmentTypeDrawer
        editing={editing}
        onClose={() => setEditing({ mode: 'closed' })}
        onCreated={() => void refetch()}
        names={names}
      />
    </Stack>
  );
}
