import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { getFragmentData } from '../../../gql';
import type { NoteEditor_NoteFragment, NoteFormat, NoteService } from '../../../gql/graphql';
import { draftFromContent, draftToInput, type NoteDraft, type NoteDraftPatch } from '../components/noteDraft';
import {
  NoteEditor_note,
  ProgressNotePageQuery,
  SaveProgressNoteDraftMutation,
} from '../operations/progressNote.operations';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

export interface NoteSettings {
  format: NoteFormat;
  service: NoteService;
}

interface NoteValue {
  draft: NoteDraft;
  settings: NoteSettings;
}

/**
 * A progress note's draft and its format and service, autosaved (useAutosave): text ~1.5 s after the
 * last edit, format and service at once (they change what the preview and the coding show).
 */
export function useNoteAutosave(note: NoteEditor_NoteFragment) {
  const client = useApolloClient();
  const [save] = useMutation(SaveProgressNoteDraftMutation);
  const autosave = useAutosave<NoteValue>({
    initial: { draft: draftFromContent(note.content), settings: { format: note.format, service: note.service } },
    version: note.version,
    savedAt: note.updatedAt,
    save: async ({ draft, settings: { format, service } }, version) => {
      const result = await save({
        variables: { id: note.id, format, input: { version, content: draftToInput(draft), format, service } },
      });
      const saved = result.data?.saveProgressNoteDraft;
      return saved ? { saved: getFragmentData(NoteEditor_note, saved) } : { saved: null, error: result.error };
    },
    loadLatest: async () => {
      const { data } = await client.query({
        query: ProgressNotePageQuery,
        variables: { id: note.id },
        fetchPolicy: 'network-only',
      });
      if (!data?.progressNote) return null;
      const latest = getFragmentData(NoteEditor_note, data.progressNote);
      return {
        value: {
          draft: draftFromContent(latest.content),
          settings: { format: latest.format, service: latest.service },
        },
        version: latest.version,
        updatedAt: latest.updatedAt,
      };
    },
  });
  const { change, applyServerChange: applyChange } = autosave;

  const update = useCallback(
    (patch: NoteDraftPatch) =>
      change((value) => ({ ...value, draft: { ...value.draft, ...patch } }), AUTOSAVE_DELAY_MS),
    [change],
  );

  const updateSettings = useCallback(
    (patch: Partial<NoteSettings>) => change((value) => ({ ...value, settings: { ...value.settings, ...patch } }), 0),
    [change],
  );

  /** A change the server makes to the draft itself (booking the follow-up writes the plan). */
  const applyServerChange = useCallback(
    (run: () => Promise<{ version: number; patch: NoteDraftPatch } | null>): Promise<void> =>
      applyChange(async () => {
        const written = await run();
        if (!written) return null;
        return {
          version: written.version,
          edit: (value: NoteValue) => ({ ...value, draft: { ...value.draft, ...written.patch } }),
        };
      }),
    [applyChange],
  );

  return {
    draft: autosave.value.draft,
    settings: autosave.value.settings,
    state: autosave.state,
    update,
    updateSettings,
    flush: autosave.flush,
    resolveConflict: autosave.resolveConflict,
    applyServerChange,
    currentVersion: autosave.currentVersion,
  };
}
