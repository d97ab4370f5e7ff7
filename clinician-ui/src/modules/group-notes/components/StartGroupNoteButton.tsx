import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { NOTE_LIST_QUERIES } from '../../notes/operations/progressNote.operations';
import { StartGroupNoteMutation } from '../operations/groupNote.operations';

export interface StartGroupNoteButtonProps {
  appointmentId: string;
  /** A member's note exists already: the group note is continued, not started. */
  started: boolean;
}

/** Opens the visit's group note (the API returns the existing one, adding any attendee not yet documented). */
export function StartGroupNoteButton({ appointmentId, started }: StartGroupNoteButtonProps) {
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartGroupNoteMutation, { refetchQueries: NOTE_LIST_QUERIES });

  const onClick = async () => {
    const result = await start({ variables: { appointmentId } });
    const group = result.data?.startGroupNote;
    if (group) {
      await navigate(`/group-notes/${group.id}`);
    } else {
      notifications.show({
        color: 'red',
        title: 'The group note could not be opened',
        message: userMessage(result.error),
      });
    }
  };

  return (
    <Button
      size="xs"
      variant={started ? 'filled' : 'light'}
      leftSection={<IconUsersGroup size={14} aria-hidden />}
      loading={loading}
      onClick={() => void onClick()}
    >
      {started ? 'Continue group note' : 'Start group note'}
    </Button>
  );
}
