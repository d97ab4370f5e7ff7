import { PageHeader, formatDate } from '@handoff/ui-kit';
import { Alert, Badge, Box, Grid, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { GroupNoteEditor_GroupFragment } from '../../../gql/graphql';
import { NoteConflictAlert } from '../../notes/components/NoteConflictAlert';
import { SaveStatusText } from '../../notes/components/SaveStatusText';
import type { NoteVocabulary } from '../../notes/hooks/useNoteVocabulary';
import { useGroupNoteAutosave } from '../hooks/useGroupNoteAutosave';
import { GroupMembersList } from './GroupMembersList';
import { GroupSharedEditor } from './GroupSharedEditor';
import { GroupSignPanel } from './GroupSignPanel';

export interface GroupNoteDraftEditorProps {
  group: GroupNoteEditor_GroupFragment;
  vocabulary: NoteVocabulary;
  nameOf: (patientId: string) => string | null;
  before?: ReactNode;
}

/** The draft group note: the shared part (autosaved) on the left, members and signing beside it. */
export function GroupNoteDraftEditor({ group, vocabulary, nameOf, before }: GroupNoteDraftEditorProps) {
  const autosave = useGroupNoteAutosave(group);
  const { draft, update, state } = autosave;
  const prepare = async () => ((await autosave.flush()) ? autosave.currentVersion() : null);

  return (
    <>
      <PageHeader
        before={before}
        title="Group note"
        badge={<Badge color="yellow">Draft</Badge>}
        description={`${formatDate(group.dateOfService)} · Group psychotherapy · ${group.members.length} ${
          group.members.length === 1 ? 'member' : 'members'
        }`}
        actions={<SaveStatusText state={state} />}
      />
      <Stack gap="md">
        {state.kind === 'conflict' ? <NoteConflictAlert onResolve={autosave.resolveConflict} /> : null}
        {state.kind === 'error' ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            Not saved: {state.message} Your text is kept; the next change saves again.
          </Alert>
        ) : null}
        <Grid gap="md">
          {/* Leaving any field saves at once; typing saves after a pause. */}
          <Grid.Col span={{ base: 12, lg: 7 }} onBlur={() => void autosave.flush()}>
            <Stack gap="md" component="form" aria-label="Group note" onSubmit={(e) => e.preventDefault()}>
              <GroupSharedEditor
                draft={draft}
                onChange={update}
                vocabulary={vocabulary}
                dateOfService={group.dateOfService}
                timeZone={group.timeZone}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Box pos="sticky" top={68}>
              <Stack gap="md">
                <GroupSignPanel
                  groupId={group.id}
                  missing={group.missingForSignature}
                  nameOf={nameOf}
                  prepare={prepare}
                />
                <GroupMembersList members={group.members} nameOf={nameOf} />
              </Stack>
            </Box>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
