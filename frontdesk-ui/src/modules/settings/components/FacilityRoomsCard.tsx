import { useMutation } from '@apollo/client/react';
import { notifications } from '@handoff/ui-kit';
import { ActionIcon, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDoor, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { RoomNameForm } from './RoomNameForm';

export const FacilityRoomsCard_facility = graphql(`
  fragment FacilityRoomsCard_facility on Facility {
    id
    name
    rooms {
      id
      name
    }
  }
`);

const SettingsAddRoomMutation = graphql(`
  mutation SettingsAddRoom($facilityId: ID!, $name: String!) {
    addRoom(facilityId: $facilityId, name: $name) {
      id
      name
    }
  }
`);

const SettingsRenameRoomMutation = graphql(`
  mutation SettingsRenameRoom($id: ID!, $name: String!) {
    renameRoom(id: $id, name: $name) {
      id
      name
    }
  }
`);

export interface FacilityRoomsCardProps {
  facility: FragmentType<typeof FacilityRoomsCard_facility>;
  /** A room was added: the facility's list is fetched again to show it. */
  onRoomAdded: () => void;
}

/** A facility's rooms (the calendar's room columns): rename in place, add at the bottom. */
export function FacilityRoomsCard(props: FacilityRoomsCardProps) {
  const facility = getFragmentData(FacilityRoomsCard_facility, props.facility);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [addRoom] = useMutation(SettingsAddRoomMutation);
  const [renameRoom] = useMutation(SettingsRenameRoomMutation);
  const rooms = [...facility.rooms].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));

  return (
    <Paper withBorder p="sm" component="section" aria-label={`Rooms at ${facility.name}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="sm">
          {facility.name}
        </Title>
        <Badge variant="light" color="gray" size="sm">
          {rooms.length === 1 ? '1 room' : `${rooms.length} rooms`}
        </Badge>
      </Group>
      <Stack gap={4}>
        {rooms.length === 0 ? (
          <Text size="sm" c="dimmed">
            No rooms yet.
          </Text>
        ) : null}
        {rooms.map((room) =>
          renamingId === room.id ? (
            <RoomNameForm
              key={room.id}
              label={`New name for ${room.name}`}
              initialName={room.name}
              submitLabel="Save"
              onCancel={() => setRenamingId(null)}
              onSave={async (name) => {
                // The answer carries the room's id and name: Apollo updates it in every list.
                const { data, error } = await renameRoom({ variables: { id: room.id, name } });
                if (!data?.renameRoom) return error ?? new Error('The room was not renamed.');
                notifications.show({ color: 'teal', message: `Renamed to ${data.renameRoom.name}.` });
                setRenamingId(null);
                return null;
              }}
            />
          ) : (
            <Group key={room.id} justify="space-between" gap="xs" wrap="nowrap" py={2}>
              <Group gap={6} wrap="nowrap">
                <IconDoor size={14} color="var(--mantine-color-gray-6)" aria-hidden />
                <Text size="sm">{room.name}</Text>
              </Group>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Rename ${room.name}`}
                onClick={() => setRenamingId(room.id)}
              >
                <IconPencil size={14} />
              </ActionIcon>
            </Group>
          ),
        )}
        <div style={{ marginTop: 6 }}>
          <RoomNameForm
            label={`New room at ${facility.name}`}
            submitLabel="Add room"
            clearOnSave
            onSave={async (name) => {
              const { data, error } = await addRoom({ variables: { facilityId: facility.id, name } });
              if (!data?.addRoom) return error ?? new Error('The room was not added.');
              notifications.show({ color: 'teal', message: `${data.addRoom.name} added to ${facility.name}.` });
              props.onRoomAdded();
              return null;
            }}
          />
        </div>
      </Stack>
    </Paper>
  );
}
