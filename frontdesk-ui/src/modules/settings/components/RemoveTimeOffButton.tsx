import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';

const SettingsRemoveTimeOffMutation = graphql(`
  mutation SettingsRemoveTimeOff($id: ID!) {
    removeTimeOff(id: $id)
  }
`);

export interface RemoveTimeOffButtonProps {
  timeOffId: string;
  /** Who and when, for the button's accessible name: "Dana Reyes, LCSW, Dec 7". */
  description: string;
  onRemoved: () => void;
}

/** Remove, then "Remove? Yes / No" in place: one stray click never deletes a week of time off. */
export function RemoveTimeOffButton({ timeOffId, description, onRemoved }: RemoveTimeOffButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [removeTimeOff, { loading }] = useMutation(SettingsRemoveTimeOffMutation);

  const remove = async () => {
    const { data, error } = await removeTimeOff({ variables: { id: timeOffId } });
    if (error) {
      notifications.show({ color: 'red', title: 'Time off not removed', message: userMessage(error) });
      return;
    }
    // False: someone else removed it already; either way it is gone, so refresh the list.
    notifications.show({
      color: 'teal',
      message: data?.removeTimeOff ? 'Time off removed.' : 'It was already removed.',
    });
    setConfirming(false);
    onRemoved();
  };

  if (!confirming) {
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setConfirming(true)}
        aria-label={`Remove time off: ${description}`}
      >
        Remove
      </Button>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button
        size="compact-xs"
        color="red"
        loading={loading}
        onClick={() => void remove()}
        aria-label={`Confirm removing time off: ${description}`}
      >
        Remove
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
        Keep
      </Button>
    </Group>
  );
}
