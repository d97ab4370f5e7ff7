import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { errorCodeOf } from '@handoff/ui-kit';

/**
 * Editing a patient record with optimistic locking. An editor keeps the values and the version it
 * started from (its "base"); a save sends only what differs from the base, with the base version.
 * When someone else saved in between, the API refuses (CONFLICT, reason STALE_VERSION) and nothing
 * is overwritten; the editor then reloads the latest and re-applies the user's own changes on top.
 */

/** Form values as the inputs hold them: text, or a list of choices (reminder channels). */
export type EditableValues = Record<string, string | readonly string[]>;

export interface VersionedValues<V extends EditableValues> {
  values: V;
  version: number;
}

/** The API's "someone else changed this record" answer (api/src/platform/errors/format-error.ts). */
export function isStaleVersion(error: ErrorLike | null | undefined): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => errorCodeOf(e) === 'CONFLICT' && e.extensions?.['reason'] === 'STALE_VERSION');
}

type FieldValue = string | readonly string[] | undefined;

function normalise(value: FieldValue): string {
  // Surrounding spaces are never meaningful; the order of chosen channels is not either.
  if (value === undefined) return '';
  return typeof value === 'string' ? value.trim() : [...value].sort().join('\u0000');
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  return normalise(a) === normalise(b);
}

/** The fields the user changed relative to the base. */
export function changedKeys<V extends EditableValues>(base: V, values: V): Set<keyof V> {
  const keys = new Set<keyof V>();
  for (const key of Object.keys(base) as (keyof V)[]) {
    if (!sameValue(base[key], values[key])) keys.add(key);
  }
  return keys;
}

export interface MergeResult<V extends EditableValues> {
  /** The latest record with the user's own changes on top. */
  merged: V;
  /** Fields someone else changed that the user had not touched: now showing their value. */
  taken: (keyof V)[];
  /** Fields both changed: the user's value is kept and will replace theirs on save. */
  overridden: (keyof V)[];
}

/**
 * A three-way merge: the user's typed values win where they changed something, the latest record
 * wins everywhere else (so saving again never quietly reverts the other person's edits).
 */
export function mergeOnto<V extends EditableValues>(latest: V, base: V, mine: V): MergeResult<V> {
  const merged = { ...latest };
  const taken: (keyof V)[] = [];
  const overridden: (keyof V)[] = [];
  for (const key of Object.keys(base) as (keyof V)[]) {
    const mineChanged = !sameValue(mine[key], base[key]);
    const theirsChanged = !sameValue(latest[key], base[key]);
    if (mineChanged) {
      merged[key] = mine[key];
      if (theirsChanged && !sameValue(latest[key], mine[key])) overridden.push(key);
    } else if (theirsChanged) {
      taken.push(key);
    }
  }
  return { merged, taken, overridden };
}

/** '' → null: an emptied optional field clears it on the record. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
