import { useMutation } from '@apollo/client/react';
import { formatDateTime, hasErrorCode, notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Badge, Button, Group, Paper, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { PsychotherapyNoteForm } from './PsychotherapyNoteForm';

const UpdateNoteMutation = graphql(`
  mutation ClinicianUpdatePsychotherapyNote($id: ID!, $text: String!, $version: Int!) {
    updatePsychotherapyNote(id: $id, text: $text, version: $version) {
      id
      text
      version
      updatedAt
    }
  }
`);

const DeleteNoteMutation = graphql(`
  mutation ClinicianDeletePsychotherapyNote($id: ID!) {
    deletePsychotherapyNote(id: $id)
  }
`);

export interface PsychotherapyNoteItemProps {
  /** Every field of a psychotherapy note is guarded on its own, so each may come back null. */
  note: {
    id: string;
    text: string | null;
    version: number | null;
    createdAt: string | null;
    updatedAt: string | null;
    authorId: string | null;
  };
  /** The viewer wrote it; otherwise they read it as the author's supervisor. */
  own: boolean;
  onChanged: () => void;
}

/** One note: read, and for its author rewrite (with its version) or delete for good. */
export function PsychotherapyNoteItem({ note, own, onChanged }: PsychotherapyNoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [update, { loading: saving }] = useMutation(UpdateNoteMutation);
  const [remove, { loading: deleting }] = useMutation(DeleteNoteMutation);
  const written = note.createdAt ? formatDateTime(note.createdAt) : 'unknown date';

  const save = async (text: string) => {
    setError(null);
    if (note.version === null) return;
    const result = await update({ variables: { id: note.id, text, version: note.version } });
    if (result.data?.updatePsychotherapyNote) {
      setEditing(false);
      notifications.show({ color: 'teal', message: 'Private note saved.' });
      onChanged();
    } else {
      setError({ message: userMessage(result.error), stale: hasErrorCode(result.error, 'CONFLICT') });
    }
  };

  const confirmDelete = async () => {
    const result = await remove({ variables: { id: note.id } });
    setConfirming(false);
    if (result.data?.deletePsychotherapyNote) {
      notifications.show({ color: 'teal', message: 'Private note deleted.' });
      onChanged();
    } else {
      setError({ message: userMessage(result.error), stale: false });
    }
  };

  return (
    <Paper withBorder p="sm" component="article" aria-label={`Private note of ${written}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {written}
            </Text>
            {note.updatedAt && note.updatedAt !== note.createdAt ? (
              <Text size="xs" c="dimmed">
                edited {formatDateTime(note.updatedAt)}
              </Text>
            ) : null}
            {!own ? (
              <Badge size="xs" variant="light" color="gray">
                Supervisee&apos;s note (read-only)
              </Badge>
            ) : null}
          </Group>
          {own && !editing ? (
            <Group gap={4}>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`Edit private note of ${written}`}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
              <Popover opened={confirming} onChange={setConfirming} position="bottom-end" withArrow trapFocus>
                <Popover.Target>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Delete private note of ${written}`}
                    onClick={() => setConfirming((c) => !c)}
                  >
                    Delete
                  </Button>
                </Popover.Target>
                <Popover.Dropdown>
                  <Stack gap="xs" maw={240}>
                    <Text size="sm">Delete this note for good? It cannot be recovered.</Text>
                    <Group justify="flex-end" gap="xs">
                      <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                        Keep
                      </Button>
                      <Button size="xs" color="red" loading={deleting} onClick={() => void confirmDelete()}>
                        Delete private note
                      </Button>
                    </Group>
                  </Stack>
                </Popover.Dropdown>
              </Popover>
            </Group>
          ) : null}
        </Group>
        {editing ? (
          <PsychotherapyNoteForm
            initialText={note.text ?? ''}
            submitLabel="Save private note"
            saving={saving}
            onSubmit={(text) => void save(text)}
            onCancel={() => {
              setEditing(false);
              setError(null);
            }}
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.text}
          </Text>
        )}
        {error ? (
          <Alert color={error.stale ? 'orange' : 'red'} variant="light" role="alert" p="xs">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{error.message}</Text>
              {error.stale ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setEditing(false);
                    setError(null);
                    onChanged();
                  }}
                >
                  Load the latest version
                </Button>
              ) : null}
            </Group>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
