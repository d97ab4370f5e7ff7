import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button, type ButtonProps } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { NOTE_LIST_QUERIES, StartProgressNoteMutation } from '../operations/progressNote.operations';

export interface StartNoteButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  appointmentId: string;
  /** For a group or family appointment: which attendee the note is for. */
  patientId?: string;
  /** The visible text. */
  label?: string;
  /** Says whose note it is when a row has several patients. */
  'aria-label'?: string;
}

/** Opens the appointment's draft note (the API returns the existing one if already started) and goes to it. */
export function StartNoteButton({
  appointmentId,
  patientId,
  label = 'Start note',
  ...buttonProps
}: StartNoteButtonProps) {
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartProgressNoteMutation, { refetchQueries: NOTE_LIST_QUERIES });

  const onClick = async () => {
    const result = await start({ variables: { input: { appointmentId, patientId } } });
    const note = result.data?.startProgressNote;
    if (note) {
      await navigate(`/notes/${note.id}`);
    } else {
      notifications.show({ color: 'red', title: 'The note could not be started', message: userMessage(result.error) });
    }
  };

  return (
    <Button
      size="xs"
      leftSection={<IconPencilPlus size={14} aria-hidden />}
      loading={loading}
      onClick={() => void onClick()}
      {...buttonProps}
    >
      {label}
    </Button>
  );
}
