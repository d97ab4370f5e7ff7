import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, QueryError, hasErrorCode, notifications, useViewer, userMessage } from '@handoff/ui-kit';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconLock, IconNotebook, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { ChartTabProps } from '../../patients/tabs/chartTabs';
import { PsychotherapyNoteForm } from './PsychotherapyNoteForm';
import { PsychotherapyNoteItem } from './PsychotherapyNoteItem';

const MyPsychotherapyNotesQuery = graphql(`
  query ClinicianMyPsychotherapyNotes($patientId: ID!) {
    myPsychotherapyNotes(patientId: $patientId) {
      id
      authorId
      appointmentId
      text
      version
      createdAt
      updatedAt
    }
  }
`);

const WriteNoteMutation = graphql(`
  mutation ClinicianWritePsychotherapyNote($input: WritePsychotherapyNoteInput!) {
    writePsychotherapyNote(input: $input) {
      id
    }
  }
`);

/**
 * Psychotherapy notes (45 CFR 164.501): the clinician's own notes, kept apart from the record, never billed
 * and excluded from the patient's right of access (164.524(a)(1)(i)). Always fetched fresh, never kept in
 * the shared cache for other screens; a refused query (not the author's patient) shows nothing at all.
 */
export function PrivateNotesTab({ patientId }: ChartTabProps) {
  const { viewer } = useViewer();
  const [writing, setWriting] = useState(false);
  const [writeError, setWriteError] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MyPsychotherapyNotesQuery, {
    variables: { patientId },
    fetchPolicy: 'no-cache',
  });
  const [write, { loading: saving }] = useMutation(WriteNoteMutation);
  const changed = () => void refetch();

  if (hasErrorCode(error, 'FORBIDDEN')) return null;
  if (loading && !data) return <Skeleton h={160} />;

  const notes = data?.myPsychotherapyNotes ?? [];
  const submit = async (text: string) => {
    setWriteError(null);
    const result = await write({ variables: { input: { patientId, text } } });
    if (result.data?.writePsychotherapyNote) {
      setWriting(false);
      notifications.show({ color: 'teal', message: 'Private note saved.' });
      changed();
    } else {
      setWriteError(userMessage(result.error));
    }
  };

  return (
    <Stack gap="md" component="section" aria-label="Psychotherapy notes">
      <Alert color="grape" variant="light" icon={<IconLock size={16} />}>
        <Text size="sm" fw={600}>
          Psychotherapy notes — visible only to you (and your supervisor). Not part of the medical record, never billed
          or released.
        </Text>
      </Alert>
      <QueryError error={error} onRetry={changed} />
      <Group justify="flex-end">
        {writing ? null : (
          <Button leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setWriting(true)}>
            Write private note
          </Button>
        )}
      </Group>
      {writing ? (
        <Paper withBorder p="md">
          <PsychotherapyNoteForm
            submitLabel="Save private note"
            saving={saving}
            onSubmit={(text) => void submit(text)}
            onCancel={() => {
              setWriting(false);
              setWriteError(null);
            }}
          />
          {writeError ? (
            <Alert color="red" variant="light" role="alert" p="xs" mt="xs">
              {writeError}
            </Alert>
          ) : null}
        </Paper>
      ) : null}
      {notes.length === 0 && !writing ? (
        <EmptyState icon={<IconNotebook size={20} />} title="No private notes about this patient" />
      ) : (
        notes.map((note) =>
          note.id ? (
            <PsychotherapyNoteItem
              key={note.id}
              note={{ ...note, id: note.id }}
              own={!!viewer?.staffMemberId && note.authorId === viewer.staffMemberId}
              onChanged={changed}
            />
          ) : null,
        )
      )}
    </Stack>
  );
}
