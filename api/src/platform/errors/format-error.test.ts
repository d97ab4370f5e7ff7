import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { formatError } from './format-error';

const formatted = (message: string, code = 'INTERNAL_SERVER_ERROR') => ({
  message,
  path: ['patient'],
  extensions: { code },
});

describe('formatError', () => {
  it('masks an unexpected error: no SQL, no values, only a request id', () => {
    const dbError = Object.assign(
      new Error('insert into "patient" ("legal_first_name") values (\'Jane\') - duplicate key'),
      {
        name: 'DatabaseError',
      },
    );
    const result = formatError(
      formatted(dbError.message),
      new GraphQLError(dbError.message, { originalError: dbError, path: ['patient'] }),
      'req-1',
    );
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['patient'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('keeps a typed domain error with its code and reason', () => {
    const error = new DomainError('PATIENT_NOT_FOUND', 'NOT_FOUND', 'No patient with this id.');
    expect(
      formatError(formatted('x'), new GraphQLError('x', { originalError: error, path: ['patient'] })).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
      reason: 'PATIENT_NOT_FOUND',
    });
  });

  it('drops a quoted variable value from graphql-js coercion errors', () => {
    const message = 'Variable "$input" got invalid value "Jane Doe" at "input.email"; Expected type "String".';
    expect(formatError(formatted(message, 'BAD_USER_INPUT'), new GraphQLError(message)).message).toBe(
      'Variable "$input" has an invalid value.',
    );
  });
});
