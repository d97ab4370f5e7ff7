import type { ErrorLike } from '@apollo/client';
import { invalidFields, userMessage } from '@handoff/ui-kit';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts the API's BAD_USER_INPUT problems next to the inputs they belong to. `fields` maps the
 * API's input field names to the form's (most are the same name). Returns the sentence to show
 * above the buttons for anything that found no input, or null when every problem has one. What the
 * person typed stays in the form either way.
 */
export function showServerErrors<T extends FieldValues>(
  error: ErrorLike | null | undefined,
  setError: UseFormSetError<T>,
  fields: Readonly<Record<string, Path<T>>>,
): string | null {
  const invalid = invalidFields(error);
  let unplaced = false;
  for (const [apiField, message] of Object.entries(invalid)) {
    const formField = fields[apiField];
    if (formField) setError(formField, { type: 'server', message });
    else unplaced = true;
  }
  if (Object.keys(invalid).length > 0 && !unplaced) return null;
  return userMessage(error);
}

/** The same name on both sides: { name: 'name', color: 'color', ... }. */
export function sameNames<T extends FieldValues>(...names: readonly Path<T>[]): Record<string, Path<T>> {
  return Object.fromEntries(names.map((name) => [name, name]));
}
