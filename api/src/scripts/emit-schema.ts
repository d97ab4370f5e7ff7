import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printClassificationTable, printClassifiedSchema } from '../platform/data-class/print-classified-schema';
import { buildAppSchema } from '../server/schema';

/** Writes schema/schema.graphql and schema/data-classification.md from the code. */
async function main() {
  const schema = await buildAppSchema({ enforcePermissions: true });
  const out = join(__dirname, '..', '..', '..', 'schema');
  writeFileSync(join(out, 'schema.graphql'), printClassifiedSchema(schema));
  writeFileSync(join(out, 'data-classification.md'), printClassificationTable(schema));
  console.log(`wrote ${join(out, 'schema.graphql')} and data-classification.md`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
