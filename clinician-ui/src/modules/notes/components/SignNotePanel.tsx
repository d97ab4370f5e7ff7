import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { NOTE_LIST_QUERIES, SignProgressNoteMutation } from '../operations/progressNote.operations';

export interface SignNotePanelProps {
  noteId: string;
  /** What the last saved draft still lacks (the API's own check). */
  missing: readonly string[];
  /** Saves what is unsaved; resolves the version to sign, or null when the draft could not be saved. */
  prepare: () => Promise<number | null>;
}

/** The API refuses an incomplete note with the list of what is missing (extensions.missing). */
function missingItemsOf(error: ErrorLike | undefined): string[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const missing = error.errors[0]?.extensions?.['missing'];
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : null;
}

/** "Before signing" checklist and the Sign button; a refusal lists what to add. */
export function SignNotePanel({ noteId, missing, prepare }: SignNotePanelProps) {
  const [sign, { loading }] = useMutation(SignProgressNoteMutation, {
    // The page's own query too: the charge's refused fields (fees) come back with their errors.
    refetchQueries: [...NOTE_LIST_QUERIES, 'ClinicianProgressNote'],
  });
  const [refused, setRefused] = useState<{ message: string; missing: string[] | null } | null>(null);
  const [preparing, setPreparing] = useState(false);

  const submit = async () => {
    setRefused(null);
    setPreparing(true);
    const version = await prepare();
    setPreparing(false);
    if (version === null) {
      setRefused({ message: 'The latest changes are not saved yet, so the note cannot be signed.', missing: null });
      return;
    }
    const result = await sign({ variables: { id: noteId, version } });
    if (result.data?.signProgressNote) {
      notifications.show({ color: 'teal', message: 'Note signed.' });
      return;
    }
    const items = missingItemsOf(result.error);
    setRefused({ message: items ? 'The note cannot be signed yet. Add:' : userMessage(result.error), missing: items });
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Sign">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          Before signing
        </Title>
        {missing.length === 0 ? (
          <Text size="sm" c="teal.8" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <IconCircleCheck size={16} aria-hidden /> Ready to sign
          </Text>
        ) : (
          <List
            size="sm"
            spacing={2}
            aria-label="Still missing"
            icon={
              <ThemeIcon size={16} radius="xl" color="gray" variant="light" aria-hidden>
                <IconCircleDashed size={12} />
              </ThemeIcon>
            }
          >
            {missing.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        )}
        {refused ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            <Text size="sm">{refused.message}</Text>
            {refused.missing ? (
              <List size="sm" mt={4} aria-label="Missing for signature">
                {refused.missing.map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
        <Button
          leftSection={<IconSignature size={16} aria-hidden />}
          loading={loading || preparing}
          onClick={() => void submit()}
        >
          Sign note
        </Button>
        <Text size="xs" c="dimmed">
          Signing locks the note and sends the charge to billing. Later information goes in an addendum.
        </Text>
      </Stack>
    </Paper>
  );
}
