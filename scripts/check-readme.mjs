// Runs the README's "In your own code" example exactly as written, from the repository root, and
// checks that it scores the Anyang sample cohort: the README is a contract with new users.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = /```js\n([\s\S]*?)```/.exec(readme);
if (!block) throw new Error('README.md has no ```js example');
const lines = block[1].trim().split('\n');
if (lines.length > 12) throw new Error(`the README example has ${lines.length} lines; it promises about ten`);

const file = `${root}.readme-example.mjs`;
writeFileSync(file, block[1]);
try {
  const run = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the README example failed:\n${run.stderr}`);
  const rows = run.stdout.trim().split('\n');
  const subjects = JSON.parse(readFileSync(`${root}docs/fixtures/anyang-2017-star-rating.cohort.json`, 'utf8'));
  const bad = rows.filter((r) => !/^AY-\d+ \d+(\.\d+)? [a-z-]+$/.test(r));
  if (rows.length !== subjects.length || bad.length > 0) {
    throw new Error(`expected ${subjects.length} lines "id score level", got ${rows.length}; unexpected: ${bad.slice(0, 3).join(' | ')}`);
  }
  console.log(`README example: ${rows.length} subjects scored, e.g. ${rows[0]}`);
  console.log('1 passed, 0 failed');
} finally {
  rmSync(file, { force: true });
}
