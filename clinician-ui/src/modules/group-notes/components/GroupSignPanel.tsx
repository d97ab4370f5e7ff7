import { useMutation } from '@apollo/client/react';
import { notifications, userMessage } from '@handoff/ui-kit';
import { Alert, Button, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { GroupNoteEditor_GroupFragment } from '../../../gql/graphql';
import { NOTE_LIST_QUERIES } from '../../notes/operations/progressNote.operations';
import { SignGroupNoteMutation } from '../operations/groupNote.operations';

export interface GroupSignPanelProps {
  groupId: string;
  missing: GroupNoteEditor_GroupFragment['missingForSignature'];
  nameOf: (patientId: string) => string | null;
  /** Saves what is unsaved; resolves the version to sign, or null when it could not be saved. */
  prepare: () => Promise<number | null>;
}

const dashed = (
  <ThemeIcon size={16} radius="xl" color="gray" variant="light" aria-hidden>
    <IconCircleDashed size={12} />
  </ThemeIcon>
);

/**
 * What the shared part and each member's part still lack (the API's own check), and the one
 * signature that signs every member's note and creates each member's charge.
 */
export function GroupSignPanel({ groupId, missing, nameOf, prepare }: GroupSignPanelProps) {
  const [sign, { loading }] = useMutation(SignGroupNoteMutation, {
    // The page's query too: a refusal may be about a member's part saved since it loaded.
    refetchQueries: [...NOTE_LIST_QUERIES, 'ClinicianGroupNote'],
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const ready = missing.shared.length === 0 && missing.members.length === 0;

  const submit = async () => {
    setRefusal(null);
    setPreparing(true);
    const version = await prepare();
    setPreparing(false);
    if (version === null) {
      setRefusal('The latest changes are not saved yet, so the group note cannot be signed.');
      return;
    }
    const result = await sign({ variables: { id: groupId, version } });
    if (result.data?.signGroupNote) {
      notifications.show({ color: 'teal', message: 'Group note signed: every member’s note is signed.' });
      return;
    }
    setRefusal(userMessage(result.error));
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Sign group note">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          Before signing
        </Title>
        {ready ? (
          <Text size="sm" c="teal.8" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <IconCircleCheck size={16} aria-hidden /> Ready to sign
          </Text>
        ) : (
          <Stack gap="xs">
            {missing.shared.length > 0 ? (
              <div>
                <Text size="sm" fw={500}>
                  Shared part
                </Text>
                <List size="sm" spacing={2} aria-label="Missing in the shared part" icon={dashed}>
                  {missing.shared.map((item) => (
                    <List.Item key={item}>{item}</List.Item>
                  ))}
                </List>
              </div>
            ) : null}
            {missing.members.map((gaps) => {
              const name = nameOf(gaps.patientId) ?? `Member ${gaps.member}`;
              return (
                <div key={gaps.noteId}>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <List size="sm" spacing={2} aria-label={`Missing for ${name}`} icon={dashed}>
                    {gaps.missing.map((item) => (
                      <List.Item key={item}>{item}</List.Item>
                    ))}
                  </List>
                </div>
              );
            })}
          </Stack>
        )}
        {refusal ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            {refusal}
          </Alert>
        ) : null}
        <Button
          leftSection={<IconSignature size={16} aria-hidden />}
          loading={loading || preparing}
          onClick={() => void submit()}
        >
          Sign group note
        </Button>
        <Text size="xs" c="dimmed">
          Signing locks the shared part and every member’s note and sends one charge per member to billing.
        </Text>
      </Stack>
    </Paper>
  );
}
