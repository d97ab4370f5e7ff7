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
