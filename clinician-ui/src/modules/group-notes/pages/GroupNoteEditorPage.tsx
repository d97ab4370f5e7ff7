import { useQuery } from '@apollo/client/react';
import { EmptyState, PageHeader, QueryError, formatDate, formatDateTime, hasErrorCode } from '@handoff/ui-kit';
import { Badge, Skeleton, Stack } from '@mantine/core';
import { IconFileUnknown } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { BackLink } from '../../notes/components/BackLink';
import { patientNamesOf } from '../../patients/patientNames';
import { useNoteVocabulary } from '../../notes/hooks/useNoteVocabulary';
import { GroupMembersList } from '../components/GroupMembersList';
import { GroupNoteDraftEditor } from '../components/GroupNoteDraftEditor';
import { GroupSharedSummary } from '../components/GroupSharedSummary';
import { sharedDraftOf } from '../hooks/useGroupNoteAutosave';
import { GroupNoteEditor_group, GroupNotePageQuery } from '../operations/groupNote.operations';

/**
 * One group session's note (only its author's): the shared part written once for everyone, the
 * members whose own parts are written in their own notes, and one signature for all of them.
 */
export function GroupNoteEditorPage() {
  const { groupNoteId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GroupNotePageQuery, { variables: { id: groupNoteId } });
  const { vocabulary, loading: vocabularyLoading, error: vocabularyError } = useNoteVocabulary();
  const group = data?.groupNote ? getFragmentData(GroupNoteEditor_group, data.groupNote) : null;
  // Each member's note carries the member's name (the caseload list stops at a page).
  const nameOf = useMemo(() => patientNamesOf(group?.members ?? []), [group]);

  if ((loading && !group) || vocabularyLoading) {
    return (
      <Stack gap="md">
        <Skeleton h={72} />
        <Skeleton h={480} />
      </Stack>
    );
  }
  if (!group) {
    return hasErrorCode(error, 'NOT_FOUND') || !error ? (
      <EmptyState
        icon={<IconFileUnknown size={20} />}
        title="Group note not found"
        description="Only the clinician who wrote a group note opens it, or the link may be wrong."
      />
    ) : (
      <QueryError error={error} onRetry={() => void refetch()} />
    );
  }

  const back = <BackLink to={`/today?date=${group.dateOfService}`}>My day</BackLink>;

  return (
    <Stack gap="md">
      <QueryError error={error ?? vocabularyError} />
      {group.status === 'SIGNED' ? (
        <>
          <PageHeader
            before={back}
            title="Group note"
            badge={<Badge color="teal">Signed</Badge>}
            description={`${formatDate(group.dateOfService)} · Group psychotherapy${
              group.signedAt ? ` · Signed ${formatDateTime(group.signedAt)}` : ''
            }`}
          />
          <GroupMembersList members={group.members} nameOf={nameOf} />
          <GroupSharedSummary shared={sharedDraftOf(group)} vocabulary={vocabulary} timeZone={group.timeZone} />
        </>
      ) : (
        <GroupNoteDraftEditor key={group.id} group={group} vocabulary={vocabulary} nameOf={nameOf} before={back} />
      )}
    </Stack>
  );
}
