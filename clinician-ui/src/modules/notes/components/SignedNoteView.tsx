import { PageHeader, formatDate, formatDateTime, type FieldAccess, type ResponsePath } from '@handoff/ui-kit';
import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FragmentType } from '../../../gql';
import type { NoteEditor_NoteFragment } from '../../../gql/graphql';
import type { SignedNote_note } from '../operations/progressNote.operations';
import { AddendaSection } from './AddendaSection';
import { ChargeSummary } from './ChargeSummary';
import { SERVICE_LABELS } from './noteLabels';
import { NotePreview } from './NotePreview';
import { NoteStatusBadge, noteBadgeStatus } from './NoteStatusBadge';

export interface SignedNoteViewProps {
  note: NoteEditor_NoteFragment;
  signed: FragmentType<typeof SignedNote_note>;
  access: FieldAccess;
  path: ResponsePath;
  before?: ReactNode;
  /** Extra actions in the header (the co-sign queue's "Co-sign"). */
  actions?: ReactNode;
}

/** A signed note, read-only: the rendered text in any format, its addenda, and the charge it created. */
export function SignedNoteView({ note, signed, access, path, before, actions }: SignedNoteViewProps) {
  const signedLine = [
    note.signedAt ? `Signed ${formatDateTime(note.signedAt)}` : null,
    note.cosignedAt ? `co-signed ${formatDateTime(note.cosignedAt)}` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <PageHeader
        before={before}
        title="Progress note"
        badge={<NoteStatusBadge status={noteBadgeStatus(note)} />}
        description={[
          formatDate(note.dateOfService),
          SERVICE_LABELS[note.service],
          note.minutes ? `${note.minutes} min` : null,
          signedLine,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={actions}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            {/* Viewing in another format changes nothing: a signed note keeps the format it was signed in. */}
            <NotePreview noteId={note.id} title="Note" defaultFormat={note.format} />
            <AddendaSection noteId={note.id} note={signed} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ChargeSummary note={signed} access={access} path={path} />
        </Grid.Col>
      </Grid>
    </>
  );
}
