/**
 * `pnpm --filter @rubricate/bench diagnose`: where a single subject's time goes inside the
 * evaluator. Times, on the same subjects, the public `evaluateSubject` and the evaluator's
 * internal steps on their own: checking the facts (checkSubject), scoring without an explanation
 * (runPlan with no recorder), and scoring with it (scoreFull). Internal functions are not public
 * API: this script may need updating when the evaluator changes, and says so when it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateSubjects } from './data.js';
import { scoreAnyang } from './baselines/handwritten.js';
import { CORE_SRC, REPO_ROOT, loadAnyangRubric } from './fixture.js';
import { count, median, rate, ratio, table, timeRuns } from './measure.js';

interface Internals {
  prepareRubric(r: unknown): { plan: { sites: unknown[] } };
  evaluateSubject(p: unknown, s: unknown): { ok: boolean };
  checkSubject(plan: unknown, s: unknown, i: number): { ok: true; subject: { facts: unknown[] } } | { ok: false };
  evalSites(plan: unknown, facts: unknown[], conds: Uint8Array, from: number, to: number): void;
  runPlan(plan: unknown, subject: unknown, conds: Uint8Array, rec: null, out: unknown): void;
  newScoreState(): { score: number; level: number };
  scoreFull(plan: unknown, subject: unknown): unknown;
}

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'rubricate-diag-'));
const outfile = join(dir, 'rubricate-core.mjs');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await build({
  stdin: {
    contents: [
      "export { prepareRubric, evaluateSubject } from './evaluate/index.ts';",
      "export { checkSubject } from './evaluate/facts/check-subject.ts';",
      "export { evalSites, runPlan, newScoreState } from './evaluate/run.ts';",
      "export { scoreFull } from './evaluate/result.ts';",
    ].join('\n'),
    resolveDir: CORE_SRC,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  absWorkingDir: REPO_ROOT,
  logLevel: 'silent',
}).catch((e: Error) => {
  process.stderr.write(`the evaluator's internals have moved; update src/diagnose-lean.ts (${e.message.split('\n')[0]})\n`);
  process.exit(1);
});
const core = (await import(pathToFileURL(outfile).href)) as Internals;
const prepared = core.prepareRubric(loadAnyangRubric());
const plan = prepared.plan;
const subjects = generateSubjects(n);
const checked = subjects.map((s, i) => {
  const c = core.checkSubject(plan, s, i);
  if (!c.ok) throw new Error(`subject ${s.id} failed its checks`);
  return c.subject;
});
const conds = new Uint8Array(plan.sites.length);
const state = core.newScoreState();

const steps: [string, () => void][] = [
  ['hand-written function', () => { for (const s of subjects) scoreAnyang(s.facts); }],
  ['evaluateSubject (public: check + score + full result)', () => { for (const s of subjects) core.evaluateSubject(prepared, s); }],
  ['checkSubject only', () => { for (let i = 0; i < n; i++) core.checkSubject(plan, subjects[i], i); }],
  ['conditions + runPlan, no recorder (already checked)', () => {
    for (const c of checked) { core.evalSites(plan, c.facts, conds, 0, plan.sites.length); core.runPlan(plan, c, conds, null, state); }
  }],
  ['scoreFull: conditions + runPlan with recorder', () => { for (const c of checked) core.scoreFull(plan, c); }],
];
const rows: string[][] = [];
let base = 0;
for (const [name, f] of steps) {
  f(); // warm-up
  const t = await timeRuns(5, f);
  const perSecond = (n / median(t.map((x) => x.cpuMs))) * 1000;
  if (!base) base = perSecond;
  rows.push([name, rate(perSecond), `${((1e6 / perSecond) * 1000).toFixed(0)} ns`, ratio(base / perSecond)]);
}
console.log(`Evaluator steps on ${count(n)} Anyang subjects (CPU time, median of 5)\n`);
console.log(table(['step', 'subjects/s', 'per subject', 'vs hand-written'], rows));
