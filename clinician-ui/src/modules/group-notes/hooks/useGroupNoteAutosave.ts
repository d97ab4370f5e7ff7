import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { getFragmentData } from '../../../gql';
import type { GroupNoteEditor_GroupFragment, GroupSharedContentInput } from '../../../gql/graphql';
import { AUTOSAVE_DELAY_MS, useAutosave } from '../../notes/hooks/useAutosave';
import {
  GroupNoteEditor_group,
  GroupNotePageQuery,
  SaveGroupNoteDraftMutation,
} from '../operations/groupNote.operations';

export type GroupSharedDraft = GroupSharedContentInput;

/** The shared part as an input: the API keeps it on each member note (groupSession), the same on all. */
export function sharedDraftOf(group: GroupNoteEditor_GroupFragment): GroupSharedDraft {
  const shared = group.members[0]?.groupSession;
  if (!shared) return {};
  return {
    sessionStart: shared.sessionStart ?? null,
    sessionEnd: shared.sessionEnd ?? null,
    modality: shared.modality ?? null,
    topic: shared.topic ?? null,
    interventions: shared.interventions ?? null,
    interventionNotes: shared.interventionNotes ?? null,
    narrative: shared.narrative ?? null,
  };
}

/**
 * The group note's shared part as the clinician types it, autosaved like a progress note's draft
 * (useAutosave): after a pause, on leaving a field and before signing.
 */
export function useGroupNoteAutosave(group: GroupNoteEditor_GroupFragment) {
  const client = useApolloClient();
  const [save] = useMutation(SaveGroupNoteDraftMutation);
  const autosave = useAutosave<GroupSharedDraft>({
    initial: sharedDraftOf(group),
    version: group.version,
    savedAt: group.updatedAt,
    save: async (shared, version) => {
      const result = await save({ variables: { id: group.id, shared, version } });
      const saved = result.data?.saveGroupNoteDraft;
      return saved ? { saved: getFragmentData(GroupNoteEditor_group, saved) } : { saved: null, error: result.error };
    },
    loadLatest: async () => {
      const { data } = await client.query({
        query: GroupNotePageQuery,
        variables: { id: group.id },
        fetchPolicy: 'network-only',
      });
      if (!data?.groupNote) return null;
      const latest = getFragmentData(GroupNoteEditor_group, data.groupNote);
      return { value: sharedDraftOf(latest), version: latest.version, updatedAt: latest.updatedAt };
    },
  });
  const { change } = autosave;

  const update = useCallback(
    (patch: Partial<GroupSharedDraft>) => change((draft) => ({ ...draft, ...patch }), AUTOSAVE_DELAY_MS),
    [change],
  );

  return {
    draft: autosave.value,
    state: autosave.state,
    update,
    flush: autosave.flush,
    resolveConflict: autosave.resolveConflict,
    currentVersion: autosave.currentVersion,
  };
}
