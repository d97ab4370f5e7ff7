/**
 * A Postgres array literal for a `?::text[]` (or `?::uuid[]`) parameter. MikroORM's raw
 * `execute` (knex bindings) expands a JS array into a comma list, so arrays travel as literals.
 */
export function pgArray(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
