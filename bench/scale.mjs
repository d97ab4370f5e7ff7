// G10 on its own: generates size L once (~3 minutes) and M if missing, then measures our API at
// both (lib/scale.mjs). `pnpm bench` includes this part whenever the L database exists.
// Run: pnpm bench:scale (root). Writes bench/results/<date>-scale.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir } from './lib/frontdesk-data.mjs';
import { measureScale } from './lib/scale.mjs';

const { markdownLines, goals } = await measureScale();
const markdown = [
  ...markdownLines,
  '| goal | measure | value | result | note |',
  '|---|---|---:|---|---|',
  ...goals.map((g) => `| ${g.id} | ${g.text} | ${g.value.toFixed(2)} | ${g.pass ? 'pass' : '**fail**'} | ${g.note} |`),
  '',
].join('\n');
console.log(markdown);
mkdirSync(join(benchDir, 'results'), { recursive: true });
writeFileSync(join(benchDir, 'results', `${new Date().toISOString().slice(0, 10)}-scale.md`), markdown);
