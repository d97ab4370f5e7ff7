import type { ErrorLike } from '@apollo/client';
import { hasErrorCode, userMessage } from '@handoff/ui-kit';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Quiet time after the last keystroke before a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** Someone saved the note elsewhere: autosave stops until the clinician chooses whose text wins. */
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

/** What the server answered to a save: the new version, or the error (CONFLICT among them). */
export type SaveOutcome =
  { saved: { version: number; updatedAt: string } } | { saved: null; error: ErrorLike | undefined };

export interface AutosaveOptions<T> {
  /** The value as loaded, its version and when it was last saved. */
  initial: T;
  version: number;
  savedAt: string;
  save(value: T, version: number): Promise<SaveOutcome>;
  /** The latest saved value, for resolving a conflict. */
  loadLatest(): Promise<{ value: T; version: number; updatedAt: string } | null>;
}

/**
 * A draft as the clinician types it, saved in the background: after a pause, at once when asked
 * (focus leaves a field, before signing). Saves run one at a time, each with the version the
 * previous one returned (optimistic locking); a CONFLICT keeps the typed value on screen and waits
 * for the clinician. The local value is the truth while the editor is open: a save's response never
 * overwrites what was typed meanwhile. The note editor and the group note editor both save this way.
 */
export function useAutosave<T>(options: AutosaveOptions<T>) {
  // The latest save and loadLatest (they close over the page's props), for the saves to come.
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    optionsRef.current = options;
  });
  const [value, setValue] = useState<T>(options.initial);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: options.savedAt });

  const valueRef = useRef(value);
  const versionRef = useRef(options.version);
  const dirtyRef = useRef(false);
  const conflictRef = useRef(false);
  const chainRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback((next: T) => {
    valueRef.current = next;
    setValue(next);
  }, []);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (conflictRef.current) return false;
    if (!dirtyRef.current) return true;
    dirtyRef.current = false;
    setState({ kind: 'saving' });
    const outcome = await optionsRef.current.save(valueRef.current, versionRef.current);
    if (outcome.saved) {
      versionRef.current = outcome.saved.version;
      if (dirtyRef.current) setState({ kind: 'dirty' });
      else setState({ kind: 'saved', at: outcome.saved.updatedAt });
      return true;
    }
    dirtyRef.current = true;
    if (hasErrorCode(outcome.error, 'CONFLICT')) {
      conflictRef.current = true;
      setState({ kind: 'conflict' });
      return false;
    }
    // Refused input (e.g. an end time before the start) or the network: the next edit or blur retries.
    setState({ kind: 'error', message: userMessage(outcome.error) });
    return false;
  }, []);

  /** Saves now if anything is unsaved; resolves false when the draft could not be saved. */
  const flush = useCallback((): Promise<boolean> => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    chainRef.current = chainRef.current.then(saveOnce, saveOnce);
    return chainRef.current;
  }, [saveOnce]);

  /** Applies an edit and saves it after `delay` ms without further edits. */
  const change = useCallback(
    (edit: (current: T) => T, delay: number) => {
      show(edit(valueRef.current));
      dirtyRef.current = true;
      if (conflictRef.current) return;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'dirty' }));
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void flush(), delay);
    },
    [show, flush],
  );

  /** After a CONFLICT: load the latest version, then either save the typed value over it or take it. */
  const resolveConflict = useCallback(
    async (keep: 'mine' | 'theirs'): Promise<void> => {
      const latest = await optionsRef.current.loadLatest();
      if (!latest) return;
      versionRef.current = latest.version;
      conflictRef.current = false;
      if (keep === 'theirs') {
        dirtyRef.current = false;
        show(latest.value);
        setState({ kind: 'saved', at: latest.updatedAt });
        return;
      }
      dirtyRef.current = true;
      await flush();
    },
    [show, flush],
  );

  /**
   * A change the server makes to the draft itself (booking the follow-up writes the plan). What is
   * typed is saved first and no save runs meanwhile; the version and fields the change returns are
   * taken, so the next save neither conflicts with it nor writes over what it wrote.
   */
  const applyServerChange = useCallback(
    (run: () => Promise<{ version: number; edit: (current: T) => T } | null>): Promise<void> => {
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = null;
      const done = chainRef.current.then(saveOnce, saveOnce).then(async (saved) => {
        const written = await run();
        if (written) {
          // In a conflict the clinician's choice decides the version (resolveConflict reloads it).
          if (!conflictRef.current) versionRef.current = written.version;
          show(written.edit(valueRef.current));
        }
        return saved;
      });
      chainRef.current = done.catch(() => false);
      return done.then(() => undefined);
    },
    [saveOnce, show],
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
    value,
    state,
    change,
    flush,
    resolveConflict,
    applyServerChange,
    /** The version the next request must carry (the last one loaded or saved). */
    currentVersion: () => versionRef.current,
  };
}
