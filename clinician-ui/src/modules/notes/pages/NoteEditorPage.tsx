import { useQuery } from '@apollo/client/react';
import { EmptyState, QueryError, fieldAccess, hasErrorCode, useViewer } from '@handoff/ui-kit';
import { Alert, Skeleton, Stack } from '@mantine/core';
import { IconFileUnknown, IconLock } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { BackLink } from '../components/BackLink';
import { NoteDraftEditor } from '../components/NoteDraftEditor';
import { NotePatientBanner } from '../components/NotePatientBanner';
import { NotePreview } from '../components/NotePreview';
import { SignedNoteView } from '../components/SignedNoteView';
import { useNoteVocabulary } from '../hooks/useNoteVocabulary';
import { NoteEditor_note, ProgressNotePageQuery } from '../operations/progressNote.operations';

/**
 * One progress note: the author's draft in the editor; a signed note read-only with its charge and
 * addenda. Another clinician's draft is shown read-only (only the author writes it).
 */
export function NoteEditorPage() {
  const { noteId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(ProgressNotePageQuery, { variables: { id: noteId } });
  const { vocabulary, loading: vocabularyLoading, error: vocabularyError } = useNoteVocabulary();
  const raw = data?.progressNote;
  const note = raw ? getFragmentData(NoteEditor_note, raw) : null;

  if ((loading && !note) || (note?.status === 'DRAFT' && vocabularyLoading)) {
    return (
      <Stack gap="md">
        <Skeleton h={72} />
        <Skeleton h={480} />
      </Stack>
    );
  }
  if (!raw || !note) {
    return hasErrorCode(error, 'NOT_FOUND') || !error ? (
      <EmptyState
        icon={<IconFileUnknown size={20} />}
        title="Note not found"
        description="It may belong to a patient outside your care team, or the link may be wrong."
      />
    ) : (
      <QueryError error={error} onRetry={() => void refetch()} />
    );
  }

  const back = <BackLink to={`/patients/${note.patientId}?tab=notes`}>Patient chart</BackLink>;
  const mine = note.authorId === viewer?.staffMemberId;

  return (
    <Stack gap="md">
      <NotePatientBanner patientId={note.patientId} />
      <QueryError error={error ?? vocabularyError} />
      {note.status === 'SIGNED' ? (
        <SignedNoteView note={note} signed={raw} access={fieldAccess(error)} path={['progressNote']} before={back} />
      ) : mine ? (
        <NoteDraftEditor key={note.id} note={note} vocabulary={vocabulary} before={back} />
      ) : (
        <>
          {back}
          <Alert color="gray" variant="light" icon={<IconLock size={16} />}>
            This draft belongs to another clinician. Only its author edits and signs it.
          </Alert>
          <NotePreview noteId={note.id} title="Draft" defaultFormat={note.format} />
        </>
      )}
    </Stack>
  );
}
