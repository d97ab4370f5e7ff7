import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: unknown): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      const [, y, m, d] = match.map(Number) as [number, number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value;
    }
  }
  throw new GraphQLError('Dates are written YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A calendar date without a time zone (date of birth, coverage dates), as YYYY-MM-DD. */
export const DateOnly = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, with no time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * A Date that carries the ISO-8601 UTC text PostgreSQL wrote for it, so sending it is a property
 * read. (A WeakMap from Date to text cost as much as formatting the Date again, and more garbage
 * collection: 840 of them for a calendar day of 420 appointments.)
 */
export class DatabaseInstant extends Date {
  constructor(readonly iso: string) {
    super(iso);
  }
}

/**
 * type-graphql's DateTimeISO (graphql-scalars), but a DatabaseInstant is sent as its own text.
 * Same name, description and parsing as the original.
 */
export const DateTimeIso = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  serialize: (value) =>
    value instanceof DatabaseInstant ? value.iso : (GraphQLDateTimeISO.serialize(value) as string),
});
