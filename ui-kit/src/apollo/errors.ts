import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values the API sends (STYLE.md "Errors"). */
export type ApiErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

export type ResponsePath = readonly (string | number)[];

function graphQLErrors(error: ErrorLike | null | undefined): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCodeOf(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** True when any GraphQL error in `error` carries this code. */
export function hasErrorCode(error: ErrorLike | null | undefined, code: ApiErrorCode): boolean {
  return graphQLErrors(error).some((e) => errorCodeOf(e) === code);
}

/**
 * The errors that stop a screen: anything except a FORBIDDEN on a nested field (those are
 * expected, rendered as a lock, and leave the rest of the data usable).
 */
export function blockingErrors(error: ErrorLike | null | undefined): readonly GraphQLFormattedError[] {
  if (!error) return [];
  if (!CombinedGraphQLErrors.is(error)) return [{ message: error.message }];
  return error.errors.filter((e) => !(errorCodeOf(e) === 'FORBIDDEN' && (e.path?.length ?? 0) > 1));
}

/** A message fit for a person: the server's own (it never contains PHI), or a generic one. */
export function userMessage(error: ErrorLike | null | undefined): string {
  if (!error) return 'Something went wrong. Please try again.';
  if (!CombinedGraphQLErrors.is(error)) return 'Cannot reach the server. Check your connection and try again.';
  const first = blockingErrors(error)[0] ?? error.errors[0];
  if (!first || errorCodeOf(first) === 'INTERNAL_SERVER_ERROR')
    return 'Something went wrong on our side. Please try again.';
  return first.message;
}

/**
 * Input fields the API rejected (BAD_USER_INPUT): `extensions.field` names one with a specific
 * message; `extensions.fields` lists those that failed validation.
 */
export function invalidFields(error: ErrorLike | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    if (errorCodeOf(e) !== 'BAD_USER_INPUT') continue;
    const field = e.extensions?.['field'];
    if (typeof field === 'string') out[field] = e.message;
    const fields = e.extensions?.['fields'];
    if (Array.isArray(fields)) {
      for (const name of fields) if (typeof name === 'string' && !out[name]) out[name] = 'Check this field';
    }
  }
  return out;
}

/**
 * Which parts of a response the viewer was not allowed to read. The API answers a refused field
 * with `null` and a FORBIDDEN error at its path, so a path is refused when a FORBIDDEN error's
 * path is a prefix of it (a refused list also refuses every field inside it).
 */
export interface FieldAccess {
  refused(path: ResponsePath): boolean;
}

export function fieldAccess(error: ErrorLike | null | undefined): FieldAccess {
  const refusedPaths = graphQLErrors(error)
    .filter((e) => errorCodeOf(e) === 'FORBIDDEN' && e.path)
    .map((e) => e.path as ResponsePath);
  return {
    refused(path) {
      return refusedPaths.some((p) => p.length <= path.length && p.every((segment, i) => segment === path[i]));
    },
  };
}
