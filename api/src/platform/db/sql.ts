import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * A Postgres array literal for a `?::text[]` (or `?::uuid[]`) parameter. MikroORM's raw
 * `execute` (knex bindings) expands a JS array into a comma list, so arrays travel as literals.
 */
export function pgArray(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row (and must not reach SQL as a uuid). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A raw read as a named prepared statement: PostgreSQL plans it once per connection instead of on
 * every request. Worth it for the large screen-shaped statements ("my day", the chart), whose
 * planning cost more than their execution (7 ms of the chart's 8). The name carries a hash of the
 * text, because one read may build a few texts (parts asked for) and a name must always mean the
 * same text. Runs through knex itself: MikroORM's `execute` drops knex query options, and with
 * them the name. Reads only, outside a transaction (it takes a pooled connection).
 */
export async function preparedRead<T>(
  em: EntityManager,
  name: string,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const hash = createHash('sha1').update(sql).digest('hex').slice(0, 16);
  const result: { rows: T[] } = await em
    .getConnection()
    .getKnex()
    .raw(sql, params as Knex.RawBinding[])
    .options({ name: `${name}_${hash}` });
  return result.rows;
}

/**
 * SQL turning a timestamptz expression into the API's ISO-8601 UTC text (millisecond precision,
 * "Z"), so JSON built by PostgreSQL carries instants exactly as the DateTime scalar writes them.
 */
export function isoInstantSql(expression: string): string {
  return `to_char((${expression}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
