import { useApolloClient, useMutation } from '@apollo/client/react';
import { hasErrorCode, userMessage } from '@handoff/ui-kit';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getFragmentData } from '../../../gql';
import type { NoteEditor_NoteFragment, NoteFormat, NoteService } from '../../../gql/graphql';
import { draftFromContent, draftToInput, type NoteDraft, type NoteDraftPatch } from '../components/noteDraft';
import {
  NoteEditor_note,
  ProgressNotePageQuery,
  SaveProgressNoteDraftMutation,
} from '../operations/progressNote.operations';

/** Quiet time after the last keystroke before a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** Someone saved the note elsewhere: autosave stops until the clinician chooses whose text wins. */
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export interface NoteSettings {
  format: NoteFormat;
  service: NoteService;
}

/**
 * The draft as the clinician types it, saved in the background: ~1.5 s after the last edit, at
 * once when focus leaves a field, and before signing. Saves run one at a time, each with the
 * version the previous one returned (optimistic locking); a CONFLICT keeps the typed text on
 * screen and waits for the clinician. The local draft is the truth while the editor is open: a
 * save's response never overwrites what was typed meanwhile.
 */
export function useNoteAutosave(note: NoteEditor_NoteFragment) {
  const client = useApolloClient();
  const [save] = useMutation(SaveProgressNoteDraftMutation);
  const [draft, setDraft] = useState<NoteDraft>(() => draftFromContent(note.content));
  const [settings, setSettings] = useState<NoteSettings>({ format: note.format, service: note.service });
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: note.updatedAt });

  const draftRef = useRef(draft);
  const settingsRef = useRef(settings);
  const versionRef = useRef(note.version);
  const dirtyRef = useRef(false);
  const conflictRef = useRef(false);
  const chainRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (conflictRef.current) return false;
    if (!dirtyRef.current) return true;
    dirtyRef.current = false;
    setState({ kind: 'saving' });
    const { format, service } = settingsRef.current;
    const result = await save({
      variables: {
        id: note.id,
        format,
        input: { version: versionRef.current, content: draftToInput(draftRef.current), format, service },
      },
    });
    const saved = result.data?.saveProgressNoteDraft;
    if (saved) {
      const fields = getFragmentData(NoteEditor_note, saved);
      versionRef.current = fields.version;
      if (dirtyRef.current) setState({ kind: 'dirty' });
      else setState({ kind: 'saved', at: fields.updatedAt });
      return true;
    }
    if (hasErrorCode(result.error, 'CONFLICT')) {
      conflictRef.current = true;
      dirtyRef.current = true;
      setState({ kind: 'conflict' });
      return false;
    }
    // Refused input (e.g. an end time before the start) or the network: the next edit or blur retries.
    dirtyRef.current = true;
    setState({ kind: 'error', message: userMessage(result.error) });
    return false;
  }, [save, note.id]);

  /** Saves now if anything is unsaved; resolves false when the draft could not be saved. */
  const flush = useCallback((): Promise<boolean> => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    chainRef.current = chainRef.current.then(saveOnce, saveOnce);
    return chainRef.current;
  }, [saveOnce]);

  const markDirty = useCallback(
    (delay: number) => {
      dirtyRef.current = true;
      if (conflictRef.current) return;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'dirty' }));
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  const update = useCallback(
    (patch: NoteDraftPatch) => {
      draftRef.current = { ...draftRef.current, ...patch };
      setDraft(draftRef.current);
      markDirty(AUTOSAVE_DELAY_MS);
    },
    [markDirty],
  );

  /** Format and service change what the preview and the coding show: saved at once. */
  const updateSettings = useCallback(
    (patch: Partial<NoteSettings>) => {
      settingsRef.current = { ...settingsRef.current, ...patch };
      setSettings(settingsRef.current);
      markDirty(0);
    },
    [markDirty],
  );

  /** After a CONFLICT: load the latest version, then either save the typed text over it or take it. */
  const resolveConflict = useCallback(
    async (keep: 'mine' | 'theirs'): Promise<void> => {
      const { data } = await client.query({
        query: ProgressNotePageQuery,
        variables: { id: note.id },
        fetchPolicy: 'network-only',
      });
      if (!data?.progressNote) return;
      const latest = getFragmentData(NoteEditor_note, data.progressNote);
      versionRef.current = latest.version;
      conflictRef.current = false;
      if (keep === 'theirs') {
        dirtyRef.current = false;
        draftRef.current = draftFromContent(latest.content);
        settingsRef.current = { format: latest.format, service: latest.service };
        setDraft(draftRef.current);
        setSettings(settingsRef.current);
        setState({ kind: 'saved', at: latest.updatedAt });
        return;
      }
      dirtyRef.current = true;
      await flush();
    },
    [client, note.id, flush],
  );

  /**
   * A change the server makes to the draft itself (booking the follow-up writes the plan). What is
   * typed is saved first and no save runs meanwhile; the version and fields the change returns are
   * taken, so the next save neither conflicts with it nor writes over what it wrote.
   */
  const applyServerChange = useCallback(
    (change: () => Promise<{ version: number; patch: NoteDraftPatch } | null>): Promise<void> => {
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = null;
      const run = chainRef.current.then(saveOnce, saveOnce).then(async (saved) => {
        const written = await change();
        if (written) {
          // In a conflict the clinician's choice decides the version (resolveConflict reloads it).
          if (!conflictRef.current) versionRef.current = written.version;
          draftRef.current = { ...draftRef.current, ...written.patch };
          setDraft(draftRef.current);
        }
        return saved;
      });
      chainRef.current = run.catch(() => false);
      return run.then(() => undefined);
    },
    [saveOnce],
  );

  // Leaving the page (in the app or closing the tab) must not drop the last seconds of typing.
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
    settings,
    state,
    update,
    updateSettings,
    flush,
    resolveConflict,
    applyServerChange,
    /** The version the next request must carry (the last one loaded or saved). */
    currentVersion: () => versionRef.current,
  };
}
