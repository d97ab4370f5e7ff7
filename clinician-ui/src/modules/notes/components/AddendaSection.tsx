import { useMutation } from '@apollo/client/react';
import { SectionCard, formatDateTime, notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql';
import { AddNoteAddendumMutation, SignedNote_note } from '../operations/progressNote.operations';

export interface AddendaSectionProps {
  noteId: string;
  note: FragmentType<typeof SignedNote_note>;
}

/**
 * A signed note never changes; corrections and late information are signed, timestamped addenda
 * below it (oldest first), which is also how a documentation finding on a held charge is fixed.
 */
export function AddendaSection({ noteId, note }: AddendaSectionProps) {
  const { addenda } = getFragmentData(SignedNote_note, note);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddNoteAddendumMutation, { refetchQueries: ['ClinicianProgressNote'] });

  const submit = async () => {
    if (!text.trim()) {
      setError('Write the addendum first.');
      return;
    }
    setError(null);
    const result = await add({ variables: { input: { noteId, text: text.trim() } } });
    if (result.data?.addNoteAddendum) {
      setText('');
      notifications.show({ color: 'teal', message: 'Addendum signed and added.' });
    } else {
      setError(userMessage(result.error));
    }
  };

  return (
    <SectionCard title="Addenda">
      <Stack gap="sm">
        {(addenda ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            No addenda.
          </Text>
        ) : (
          <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {(addenda ?? []).map((a) => (
              <li key={a.id} style={{ borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: 10 }}>
                <Text size="xs" c="dimmed">
                  Signed {formatDateTime(a.signedAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {a.text}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="xs">
            {error ? (
              <Alert color="red" variant="light" role="alert" p="xs">
                {error}
              </Alert>
            ) : null}
            <Textarea
              label="Add addendum"
              description="Signed with your name and the time when you add it; it cannot be edited afterwards."
              autosize
              minRows={2}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={loading}>
                Sign and add addendum
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
