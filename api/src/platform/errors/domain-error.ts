import { GraphQLError } from 'graphql';

/** The only error codes a client ever sees besides GraphQL's own validation codes. */
export type ClientErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

/**
 * A typed, expected failure of a use case. Each module declares an enum of reasons and an
 * exhaustive `Record<Reason, ClientErrorCode>`; the message is written for the user and never
 * carries PHI (no names, dates of birth or free text from the request).
 */
export class DomainError<Reason extends string = string> extends Error {
  constructor(
    readonly reason: Reason,
    readonly code: ClientErrorCode,
    message: string,
    /** Which input field was wrong, when one was. */
    readonly field?: string,
    /** Machine-readable facts for the UI (ids, times, codes; never PHI), sent as extensions. */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Builds a module's error factory from its exhaustive reason -> code table. */
export function domainErrors<Reason extends string>(codes: Readonly<Record<Reason, ClientErrorCode>>) {
  return (reason: Reason, message: string, field?: string, details?: Record<string, unknown>) =>
    new DomainError(reason, codes[reason], message, field, details);
}

/** The error for a field the viewer may not read: the field resolves to null with this at its path. */
export function forbiddenFieldError(): GraphQLError {
  return new GraphQLError('You do not have access to this field.', { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticatedError(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED', 'Sign in to continue.');
}

export function forbiddenError(message = 'You do not have permission to do this.'): DomainError {
  return new DomainError('FORBIDDEN', 'FORBIDDEN', message);
}
