// `check:generated`: after schema:emit and codegen, the generated files must be exactly what is
// committed — changed, deleted or new. Fails with the list and the diff.
import { execFileSync } from 'node:child_process';
import { ROOT } from './pnpm.mjs';

const PATHS = ['schema', ':(glob)*/src/gql/**'];
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

const drift = git('status', '--porcelain', '--', ...PATHS).trim();
if (drift) {
  console.error(`Generated files differ from what is committed:\n${drift}\n`);
  console.error(git('diff', '--', ...PATHS));
  console.error('Run `pnpm schema:emit && pnpm codegen` and commit the result.');
  process.exit(1);
}
console.log('generated files are up to date');
