import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { ActionIcon, ColorSwatch, Divider, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { AddTimeOffForm, type AddedTimeOff } from './AddTimeOffForm';
import type { StaffLike, TimeOffLike } from './calendarModel';
import { formatTimeOffRange } from './facilityTime';

const RemoveTimeOffMutationDocument = graphql(`
  mutation RemoveTimeOff($id: ID!) {
    removeTimeOff(id: $id)
  }
`);

export interface TimeOffDialogProps {
  opened: boolean;
  /** The facility whose clock the times are entered on (the calendar's). */
  facilityName: string;
  timeZone: string;
  /** "Dec 1 – 7, 2026": the week the list below covers. */
  weekLabel: string;
  /** The day shown on the calendar: where new time off starts by default. */
  dateKey: string;
  clinicians: readonly StaffLike[];
  /** The week's time off (every provider), from the calendar's own query. */
  timeOff: readonly TimeOffLike[];
  /** Preselected in the form: the one provider filtered on, if any. */
  providerId: string | null;
  onClose: () => void;
  onAdded: (timeOff: AddedTimeOff) => void;
  onRemoved: (id: string) => void;
}

/**
 * Time off for providers, kept by the front desk: the week's list with "Remove", and a short form
 * to add some (all day by default, or from a time to a time). Booking during time off stays
 * possible with a reason; the calendar shades it so nobody does so by accident.
 */
export function TimeOffDialog({ opened, onClose, ...props }: TimeOffDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Time off" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {opened ? <TimeOffManager {...props} /> : null}
    </Modal>
  );
}

function TimeOffManager({
  facilityName,
  timeZone,
  weekLabel,
  dateKey,
  clinicians,
  timeOff,
  providerId,
  onAdded,
  onRemoved,
}: Omit<TimeOffDialogProps, 'opened' | 'onClose'>) {
  const nameOf = (id: string) => clinicians.find((c) => c.id === id);
  const listed = [...timeOff].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));

  return (
    <Stack gap="md">
      <section aria-label="Time off this week">
        <Text size="sm" fw={600} mb={6}>
          This week ({weekLabel})
        </Text>
        {listed.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody has time off this week.
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {listed.map((item) => (
              <TimeOffRow
                key={item.id}
                item={item}
                provider={nameOf(item.providerId) ?? null}
                timeZone={timeZone}
                onRemoved={onRemoved}
              />
            ))}
          </Stack>
        )}
      </section>
      <Divider />
      <AddTimeOffForm
        facilityName={facilityName}
        timeZone={timeZone}
        dateKey={dateKey}
        clinicians={clinicians}
        providerId={providerId}
        onAdded={onAdded}
      />
    </Stack>
  );
}

function TimeOffRow({
  item,
  provider,
  timeZone,
  onRemoved,
}: {
  item: TimeOffLike;
  provider: StaffLike | null;
  timeZone: string;
  onRemoved: (id: string) => void;
}) {
  const [remove, { loading }] = useMutation(RemoveTimeOffMutationDocument);
  const [error, setError] = useState<string | null>(null);
  const range = item.startsAt && item.endsAt ? formatTimeOffRange(item.startsAt, item.endsAt, timeZone) : '';
  const name = provider?.displayName ?? 'Provider';

  const removeIt = async () => {
    const { data, error: failed } = await remove({ variables: { id: item.id } });
    if (failed) {
      setError(userMessage(failed));
      return;
    }
    // False means someone removed it already: either way it is gone.
    onRemoved(item.id);
    notifications.show({
      color: 'teal',
      message: data?.removeTimeOff ? `Time off removed: ${name}` : 'That time off was already removed.',
    });
  };

  return (
    <li>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <ColorSwatch color={provider?.calendarColor ?? 'gray'} size={10} aria-hidden />
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate="end">
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {range}
              {item.reason ? ` · ${item.reason}` : ''}
            </Text>
          </div>
        </Group>
        <Tooltip label="Remove this time off">
          <ActionIcon
            variant="subtle"
            color="red"
            loading={loading}
            aria-label={`Remove time off for ${name}, ${range}`}
            onClick={() => void removeIt()}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </li>
  );
}
