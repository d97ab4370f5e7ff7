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

/** ISO text PostgreSQL already wrote for a Date the read path made, so serialising it is a lookup. */
const isoText = new WeakMap<Date, string>();

/** A Date with its ISO-8601 UTC text (from the database), to be sent without formatting it again. */
export function dateWithIso(iso: string): Date {
  const date = new Date(iso);
  isoText.set(date, iso);
  return date;
}

/**
 * type-graphql's DateTimeISO (graphql-scalars), but a Date that came with its ISO text
 * (`dateWithIso`) is sent as that text: formatting a Date costs ~0.6 µs, 840 times for a
 * calendar day of 420 appointments. Same name, description and parsing as the original.
 */
export const DateTimeIso = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  serialize: (value) =>
    (value instanceof Date && isoText.get(value)) || (GraphQLDateTimeISO.serialize(value) as string),
});
