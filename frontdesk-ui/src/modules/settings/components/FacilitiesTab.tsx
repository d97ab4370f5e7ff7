import { useQuery } from '@apollo/client/react';
import { DataTable, EmptyState, QueryError, type DataTableColumn } from '@handoff/ui-kit';
import { Button, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { SettingsFacilitiesQuery } from '../../../gql/graphql';
import { zoneName } from '../../calendar/components/facilityTime';
import { placeOfServiceLabel } from './facilitySchema';
import { FacilityDrawer, type FacilityEditing } from './FacilityDrawer';
import { FacilityRoomsCard } from './FacilityRoomsCard';

const SettingsFacilitiesQueryDocument = graphql(`
  query SettingsFacilities {
    facilities {
      id
      name
      addressLine1
      city
      state
      postalCode
      phone
      timeZone
      placeOfServiceCode
      rooms {
        id
      }
      ...FacilityDrawer_facility
      ...FacilityRoomsCard_facility
    }
  }
`);

type FacilityRow = NonNullable<SettingsFacilitiesQuery['facilities']>[number];

/** The practice's locations (address, clock, place of service) and the rooms of each. */
export function FacilitiesTab() {
  const { data, loading, error, refetch } = useQuery(SettingsFacilitiesQueryDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<FacilityEditing>({ mode: 'closed' });
  const facilities = data?.facilities ?? [];

  const columns: DataTableColumn<FacilityRow>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (f) => (
        <Text size="sm" fw={500}>
          {f.name}
        </Text>
      ),
    },
    {
      key: 'address',
      header: 'Address',
      render: (f) => `${f.addressLine1}, ${f.city}, ${f.state} ${f.postalCode}`,
    },
    { key: 'phone', header: 'Phone', nowrap: true, render: (f) => f.phone },
    {
      key: 'zone',
      header: 'Time zone',
      nowrap: true,
      render: (f) => <span title={f.timeZone}>{zoneName(f.timeZone)}</span>,
    },
    { key: 'pos', header: 'Place of service', nowrap: true, render: (f) => placeOfServiceLabel(f.placeOfServiceCode) },
    { key: 'rooms', header: 'Rooms', align: 'right', width: 70, render: (f) => f.rooms.length },
    {
      key: 'edit',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      align: 'right',
      width: 70,
      render: (f) => (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={`Edit ${f.name}`}
          onClick={() => setEditing({ mode: 'edit', facility: f })}
        >
          Edit
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Where the practice sees patients. The time zone sets the clock of its calendar; the place of service goes on
          its claims.
        </Text>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ mode: 'create' })}>
          New facility
        </Button>
      </Group>
      <QueryError error={error} onRetry={() => void refetch()} />
      <DataTable
        label="Facilities"
        columns={columns}
        rows={facilities}
        rowKey={(f) => f.id}
        onRowClick={(f) => setEditing({ mode: 'edit', facility: f })}
        loading={loading && !data}
        minWidth={900}
        empty={
          <EmptyState
            icon={<IconBuilding size={28} stroke={1.5} />}
            title="No facilities"
            description="Add the practice's first location."
          />
        }
      />
      {facilities.length > 0 ? (
        <>
          <Title order={2} fz="h5" mt="sm">
            Rooms
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {facilities.map((f) => (
              <FacilityRoomsCard key={f.id} facility={f} onRoomAdded={() => void refetch()} />
            ))}
          </SimpleGrid>
        </>
      ) : null}
      <FacilityDrawer editing={editing} onClose={() => setEditing({ mode: 'closed' })} onSaved={() => void refetch()} />
    </Stack>
  );
}
