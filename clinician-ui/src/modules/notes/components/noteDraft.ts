import { dateKeyOf, timeKeyOf, toWall, wallToIso } from '@handoff/ui-kit';
import type { NoteContentInput, NoteEditor_NoteFragment, RiskAssessmentInput } from '../../../gql/graphql';

/** What the editor holds and autosave sends: the whole structured core (the API replaces it each save). */
export type NoteDraft = NoteContentInput;
export type NoteDraftPatch = Partial<NoteDraft>;
export type RiskDraft = RiskAssessmentInput;

type SavedContent = NonNullable<NoteEditor_NoteFragment['content']>;

/** A cached value without Apollo's `__typename` (the API's input types refuse it), at any depth. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '__typename')
        .map(([key, inner]) => [key, withoutTypename(inner)]),
    );
  }
  return value;
}

/**
 * The saved content as an input: every field the note fragment selects (its content mirrors
 * NoteContentInput), so nothing saved is dropped by the next save.
 */
export function draftFromContent(content: SavedContent | null | undefined): NoteDraft {
  return content ? (withoutTypename(content) as NoteDraft) : {};
}

/**
 * What autosave sends. A goal row still being typed (no goal text or no progress yet) is kept in
 * the editor but left out, since the API requires both.
 */
export function draftToInput(draft: NoteDraft): NoteContentInput {
  return {
    ...draft,
    goalsAddressed: draft.goalsAddressed?.filter((g) => g.goal.trim() && g.progress),
  };
}

/** An ISO timestamp → "14:05" on the facility's clock (the note's time zone). */
export function timeOfDay(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeKeyOf(toWall(date, timeZone));
}

/**
 * "14:05" on the facility's clock, on the day of `reference` (else the date of service) → ISO.
 * The session's day never changes in the editor; only its times do.
 */
export function withTimeOfDay(
  time: string,
  reference: string | null | undefined,
  dateOfService: string,
  timeZone: string,
): string | null {
  if (!/^\d{2}:\d{2}$/.test(time)) return null;
  const base = reference ? new Date(reference) : null;
  if (base && Number.isNaN(base.getTime())) return null;
  return wallToIso(base ? dateKeyOf(toWall(base, timeZone)) : dateOfService, time, timeZone);
}
