import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Button } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { CosignProgressNoteMutation, NOTE_LIST_QUERIES } from '../../notes/operations/progressNote.operations';

/** The supervisor's co-signature, after reading the note; back to the queue when done. */
export function CosignButton({ noteId }: { noteId: string }) {
  const navigate = useNavigate();
  const [cosign, { loading }] = useMutation(CosignProgressNoteMutation, {
    refetchQueries: [...NOTE_LIST_QUERIES, 'ClinicianProgressNote'],
  });

  const onClick = async () => {
    const result = await cosign({ variables: { id: noteId } });
    if (result.data?.cosignProgressNote) {
      notifications.show({ color: 'teal', message: 'Note co-signed.' });
      await navigate('/cosign');
    } else {
      notifications.show({ color: 'red', title: 'Not co-signed', message: userMessage(result.error) });
    }
  };

  return (
    <Button leftSection={<IconSignature size={16} aria-hidden />} loading={loading} onClick={() => void onClick()}>
      Co-sign
    </Button>
  );
}
