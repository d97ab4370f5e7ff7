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

/** Statement names by text: hashing a screen-sized text on every request is not free. */
const preparedNames = new Map<string, string>();

function preparedName(name: string, sql: string): string {
  let full = preparedNames.get(sql);
  if (!full) {
    full = `${name}_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    preparedNames.set(sql, full);
  }
  return full;
}

/**
 * A raw statement as a named prepared statement: PostgreSQL plans it once per connection instead
 * of on every request. Worth it for the statements every request runs (the session lookup, the
 * read audit) and for the large screen-shaped reads ("my day", the chart), whose planning cost
 * more than their execution (7 ms of the chart's 8). The name carries a hash of the text, because
 * one read may build a few texts (parts asked for) and a name must always mean the same text, so
 * a statement's text must not vary with its data (use arrays, not a VALUES list per row). Runs
 * through knex itself: MikroORM's `execute` inlines the values into the text and drops knex query
 * options, and with them the name. Inside the EntityManager's transaction when there is one.
 */
export async function preparedStatement<T>(
  em: EntityManager,
  name: string,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  let query = em
    .getConnection()
    .getKnex()
    .raw(sql, params as Knex.RawBinding[])
    .options({ name: preparedName(name, sql) });
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) query = query.transacting(transaction);
  const result: { rows: T[] } = await query;
  return result.rows;
}

/**
 * SQL turning a timestamptz expression into the API's ISO-8601 UTC text (millisecond precision,
 * "Z"), so JSON built by PostgreSQL carries instants exactly as the DateTime scalar writes them.
 */
export function isoInstantSql(expression: string): string {
  return `to_char((${expression}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
