import { useApolloClient, useMutation } from '@apollo/client/react';
import { hasErrorCode, userMessage } from '@handoff/ui-kit';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getFragmentData } from '../../../gql';
import type { GroupNoteEditor_GroupFragment, GroupSharedContentInput } from '../../../gql/graphql';
import { AUTOSAVE_DELAY_MS, type SaveState } from '../../notes/hooks/useNoteAutosave';
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
 * The group note's shared part as the clinician types it, saved like a progress note's draft
 * (see useNoteAutosave): after a pause, on leaving a field and before signing; one save at a
 * time, each carrying the version the last returned; a CONFLICT keeps the text and waits.
 */
export function useGroupNoteAutosave(group: GroupNoteEditor_GroupFragment) {
  const client = useApolloClient();
  const [save] = useMutation(SaveGroupNoteDraftMutation);
  const [draft, setDraft] = useState<GroupSharedDraft>(() => sharedDraftOf(group));
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: group.updatedAt });

  const draftRef = useRef(draft);
  const versionRef = useRef(group.version);
  const dirtyRef = useRef(false);
  const conflictRef = useRef(false);
  const chainRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (conflictRef.current) return false;
    if (!dirtyRef.current) return true;
    dirtyRef.current = false;
    setState({ kind: 'saving' });
    const result = await save({
      variables: { id: group.id, shared: draftRef.current, version: versionRef.current },
    });
    const saved = result.data?.saveGroupNoteDraft;
    if (saved) {
      const fields = getFragmentData(GroupNoteEditor_group, saved);
      versionRef.current = fields.version;
      if (dirtyRef.current) setState({ kind: 'dirty' });
      else setState({ kind: 'saved', at: fields.updatedAt });
      return true;
    }
    dirtyRef.current = true;
    if (hasErrorCode(result.error, 'CONFLICT')) {
      conflictRef.current = true;
      setState({ kind: 'conflict' });
      return false;
    }
    setState({ kind: 'error', message: userMessage(result.error) });
    return false;
  }, [save, group.id]);

  /** Saves now if anything is unsaved; resolves false when the shared part could not be saved. */
  const flush = useCallback((): Promise<boolean> => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    chainRef.current = chainRef.current.then(saveOnce, saveOnce);
    return chainRef.current;
  }, [saveOnce]);

  const update = useCallback(
    (patch: Partial<GroupSharedDraft>) => {
      draftRef.current = { ...draftRef.current, ...patch };
      setDraft(draftRef.current);
      dirtyRef.current = true;
      if (conflictRef.current) return;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'dirty' }));
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** After a CONFLICT: load the latest version, then either save the typed text over it or take it. */
  const resolveConflict = useCallback(
    async (keep: 'mine' | 'theirs'): Promise<void> => {
      const { data } = await client.query({
        query: GroupNotePageQuery,
        variables: { id: group.id },
        fetchPolicy: 'network-only',
      });
      if (!data?.groupNote) return;
      const latest = getFragmentData(GroupNoteEditor_group, data.groupNote);
      versionRef.current = latest.version;
      conflictRef.current = false;
      if (keep === 'theirs') {
        dirtyRef.current = false;
        draftRef.current = sharedDraftOf(latest);
        setDraft(draftRef.current);
        setState({ kind: 'saved', at: latest.updatedAt });
        return;
      }
      dirtyRef.current = true;
      await flush();
    },
    [client, group.id, flush],
  );

  // Leaving the page must not drop the last seconds of typing.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirtyRef.current && !conflictRef.current) void flush();
    };
  }, [flush]);

  return {
    draft,
    state,
    update,
    flush,
    resolveConflict,
    /** The version the next request must carry (the last one loaded or saved). */
    currentVersion: () => versionRef.current,
  };
}
