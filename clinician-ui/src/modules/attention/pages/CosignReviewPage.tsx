import { useQuery } from '@apollo/client/react';
import { EmptyState, QueryError, fieldAccess, hasErrorCode } from '@handoff/ui-kit';
import { Skeleton, Stack } from '@mantine/core';
import { IconFileUnknown } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { BackLink } from '../../notes/components/BackLink';
import { NotePatientBanner } from '../../notes/components/NotePatientBanner';
import { SignedNoteView } from '../../notes/components/SignedNoteView';
import { NoteEditor_note, ProgressNotePageQuery } from '../../notes/operations/progressNote.operations';
import { CosignButton } from '../components/CosignButton';

/** A supervisee's signed note, read in full before the Co-sign button is offered. */
export function CosignReviewPage() {
  const { noteId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgressNotePageQuery, { variables: { id: noteId } });
  const raw = data?.progressNote;
  const note = raw ? getFragmentData(NoteEditor_note, raw) : null;
  const back = <BackLink to="/cosign">Co-sign queue</BackLink>;

  if (loading && !note) return <Skeleton h={480} />;
  if (!raw || !note) {
    return (
      <Stack gap="md">
        {back}
        {hasErrorCode(error, 'NOT_FOUND') || !error ? (
          <EmptyState icon={<IconFileUnknown size={20} />} title="Note not found" />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <NotePatientBanner patientId={note.patientId} />
      <SignedNoteView
        note={note}
        signed={raw}
        access={fieldAccess(error)}
        path={['progressNote']}
        before={back}
        actions={note.awaitingCosignature ? <CosignButton noteId={note.id} /> : null}
      />
    </Stack>
  );
}
