/**
 * `pnpm --filter @rubricate/bench ab -- --rev=<git revision> [--runs=3] [bench options]`: the
 * benchmark of the working tree against the same benchmark of an earlier revision, the two taking
 * turns. On a shared machine one run against an earlier figure says little (the same loop varies
 * by up to 1.8× from one process to the next here); alternating runs in one session does.
 *
 * The revision is checked out in a temporary git worktree, its dependencies installed from the
 * pnpm store, and removed at the end. Every other option goes to `pnpm bench` in both trees
 * (default: `--only=throughput --engines=handwritten,rubricate-lean --sizes=10000,100000`). It
 * prints, for each engine timed, the figure of every run in both trees.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CohortSection } from './sections/cohort.js';
import type { ThroughputRow } from './sections/throughput.js';
import { REPO_ROOT } from './fixture.js';
import { count, rate, table } from './measure.js';

interface Figures {
  throughput?: ThroughputRow[];
  cohort?: CohortSection[];
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { rev: { type: 'string' }, runs: { type: 'string' } },
  strict: false,
  allowPositionals: true,
});
const rev = typeof values.rev === 'string' ? values.rev : 'HEAD~1';
const runs = Number(typeof values.runs === 'string' ? values.runs : 3);
const passed = process.argv.slice(2).filter((a) => a !== '--' && !a.startsWith('--rev') && !a.startsWith('--runs'));
const benchArgs = passed.length > 0 ? passed : ['--only=throughput', '--engines=handwritten,rubricate-lean', '--sizes=10000,100000'];
void positionals;

const log = (s: string) => process.stderr.write(s + '\n');
const sha = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
const tmp = mkdtempSync(join(tmpdir(), 'rubricate-ab-'));
const other = join(tmp, 'tree');
const cleanup = () => {
  spawnSync('git', ['worktree', 'remove', '--force', other], { cwd: REPO_ROOT });
  rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);

log(`checking out ${rev} (${sha.slice(0, 10)}) in a temporary worktree …`);
execFileSync('git', ['worktree', 'add', '--detach', other, sha], { cwd: REPO_ROOT, stdio: 'ignore' });
// The store already has what an earlier revision used, as a rule; the network only when it does not.
const pnpm = (args: string[]) => spawnSync('npx', ['--yes', 'pnpm@10.34.9', ...args], { cwd: other, stdio: 'ignore' }).status === 0;
if (!pnpm(['install', '--frozen-lockfile', '--offline']) && !pnpm(['install', '--frozen-lockfile'])) {
  log(`could not install the dependencies of ${rev}`);
  process.exit(1);
}

const trees = [
  { name: rev, root: other },
  { name: 'working tree', root: REPO_ROOT },
];
const results = new Map<string, Figures[]>(trees.map((t) => [t.name, []]));
for (let k = 0; k < runs; k++) {
  for (const t of trees) {
    log(`run ${k + 1} of ${runs}: ${t.name} …`);
    const json = join(tmp, `figures-${k}-${t.name === rev ? 'a' : 'b'}.json`);
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/run.ts', ...benchArgs, `--json=${json}`], {
      cwd: join(t.root, 'packages', 'bench'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) {
      log(`the benchmark failed in ${t.name}`);
      process.exit(1);
    }
    results.get(t.name)!.push(JSON.parse(readFileSync(json, 'utf8')) as Figures);
  }
}

const rows: string[][] = [];
const first = results.get(rev)![0]!;
// The hand-written function too: it shows how much the machine itself moved between runs.
for (const row of first.throughput ?? []) {
  const per = (name: string) =>
    results
      .get(name)!
      .map((f) => f.throughput?.find((x) => x.engine === row.engine && x.n === row.n)?.perSecond)
      .map((v) => (v ? rate(v) : '—'))
      .join(', ');
  rows.push([`${row.label}, N=${count(row.n)} (subjects/s, CPU)`, per(rev), per('working tree')]);
}
for (const c of first.cohort ?? []) {
  for (const rep of c.reports) {
    if (!rep.engine.startsWith('rubricate')) continue;
    const per = (name: string) =>
      results
        .get(name)!
        .map((f) => f.cohort?.find((x) => x.n === c.n)?.comparisons.find((x) => x.engine === rep.engine)?.slowerCpu)
        .map((v) => (v ? `${v.toFixed(2)}×` : '—'))
        .join(', ');
    rows.push([`${rep.engine} cohort, N=${count(c.n)} (× hand-written, CPU)`, per(rev), per('working tree')]);
  }
}
console.log(`Alternating runs, ${runs} each (${benchArgs.join(' ')})\n`);
console.log(table(['figure', `${rev} (${sha.slice(0, 10)})`, 'working tree'], rows));
