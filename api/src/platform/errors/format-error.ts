import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError } from './domain-error';
import { logger } from '../logger';

/** GraphQL's own request errors: safe to show, they describe the document, not the data. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
]);

/**
 * The last line of defence for error text: typed domain errors keep their code and message;
 * everything else (SQL, stack traces, library messages that may quote PHI) becomes a generic
 * INTERNAL_SERVER_ERROR carrying only the request id, and is logged without its message.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId?: string,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        ...original.details,
        code: original.code,
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors.map((e) => e.property);
    return {
      ...base,
      message: `Invalid input: ${fields.join(', ')}.`,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: 'Someone else changed this record. Reload it and try again.',
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'This record already exists.',
      extensions: { code: 'CONFLICT', reason: 'DUPLICATE' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    return { ...base, message: withoutEchoedValues(formatted.message), extensions: { code } };
  }
  logger.error('unexpected error', {
    requestId,
    path: formatted.path?.join('.'),
    errorName: original instanceof Error ? original.constructor.name : typeof original,
    ...(process.env.HANDOFF_DEBUG_ERRORS === 'true' && original instanceof Error ? { debug: original.stack } : {}),
  });
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}

/** graphql-js quotes the offending variable value; a value may be a name or a date of birth. */
function withoutEchoedValues(message: string): string {
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(message);
  return variable ? `Variable "$${variable[1]}" has an invalid value.` : message;
}
