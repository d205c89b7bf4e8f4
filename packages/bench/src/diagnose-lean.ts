/**
 * `pnpm --filter @rubricate/bench diagnose -- [N] [lean|full]`: where a single subject's time goes
 * inside the evaluator. `lean` (the default) times the hot path step by step: the compiled subject
 * check, then the conditions, then the score (scoreLean), then the public
 * `createLeanScorer`. `full` times the public `evaluateSubject` and its steps: checkSubject, runPlan
 * without and with the explanation (scoreFull). Internal functions are not public API: this script
 * may need updating when the evaluator changes, and says so when it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateSubjects } from './data.js';
import { scoreAnyang } from './baselines/handwritten.js';
import { CORE_SRC, REPO_ROOT, loadAnyangRubric } from './fixture.js';
import { count, rate, ratio, table, timeRuns } from './measure.js';

interface Internals {
  prepareRubric(r: unknown): { plan: { sites: unknown[]; scoreSites: number; facts: unknown[] } };
  evaluateSubject(p: unknown, s: unknown): { ok: boolean };
  checkSubject(plan: unknown, s: unknown, i: number): { ok: true; subject: { facts: unknown[]; num: Float64Array } } | { ok: false };
  evalSites(plan: unknown, facts: unknown[], num: Float64Array, conds: Uint8Array, from: number, to: number): void;
  compileFastCheck(plan: unknown): (s: unknown, out: unknown[], num: Float64Array, copyDefaults: boolean) => number;
  createLeanScorer(p: unknown): (s: unknown) => unknown;
  runPlan(plan: unknown, subject: unknown, conds: Uint8Array, rec: null, out: unknown): void;
  scoreLean(plan: unknown, subject: unknown, conds: Uint8Array, out: unknown): void;
  newScoreState(): { score: number; level: number };
  scoreFull(plan: unknown, subject: unknown): unknown;
}

// pnpm passes the `--` through.
const args = process.argv.slice(2).filter((a) => a !== '--');
const n = Number(args[0] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'rubricate-diag-'));
const outfile = join(dir, 'rubricate-core.mjs');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await build({
  stdin: {
    contents: [
      "export { prepareRubric, evaluateSubject } from './evaluate/index.ts';",
      "export { checkSubject } from './evaluate/facts/check-subject.ts';",
      "export { compileFastCheck } from './evaluate/facts/fast-check.ts';",
      "export { createLeanScorer } from './evaluate/lean.ts';",
      "export { evalSites, runPlan, newScoreState } from './evaluate/run.ts';",
      "export { scoreLean } from './evaluate/score-lean.ts';",
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

const fast = core.compileFastCheck(plan);
const buffer: unknown[] = new Array(plan.facts.length).fill(undefined);
const num = new Float64Array(plan.facts.length);
const lean = core.createLeanScorer(prepared);
const input = { facts: buffer, num, slot: 0, overrides: new Map() };

// `lean`: only the hot path's steps, so that the full path's calls do not share the closures' type feedback.
const leanSteps: [string, () => void][] = [
  ['hand-written function', () => { for (const s of subjects) scoreAnyang(s.facts); }],
  ['compiled subject check (facts laid out, each checked)', () => { for (const s of subjects) fast(s, buffer, num, false); }],
  ['  + conditions', () => { for (const s of subjects) { fast(s, buffer, num, false); core.evalSites(plan, buffer, num, conds, 0, plan.scoreSites); } }],
  ['  + score and level (scoreLean: rules a kind at a time)', () => {
    for (const s of subjects) { fast(s, buffer, num, false); core.evalSites(plan, buffer, num, conds, 0, plan.scoreSites); core.scoreLean(plan, input, conds, state); }
  }],
  ['createLeanScorer (public: all of the above)', () => { for (const s of subjects) lean(s); }],
];

const fullSteps: [string, () => void][] = [
  ['hand-written function', () => { for (const s of subjects) scoreAnyang(s.facts); }],
  ['evaluateSubject (public: check + score + full result)', () => { for (const s of subjects) core.evaluateSubject(prepared, s); }],
  ['checkSubject only', () => { for (let i = 0; i < n; i++) core.checkSubject(plan, subjects[i], i); }],
  ['conditions + runPlan, no recorder (already checked)', () => {
    for (const c of checked) { core.evalSites(plan, c.facts, c.num, conds, 0, plan.sites.length); core.runPlan(plan, c, conds, null, state); }
  }],
  ['scoreFull: conditions + runPlan with recorder', () => { for (const c of checked) core.scoreFull(plan, c); }],
];
const mode = args[1] === 'full' ? 'full' : 'lean';
const steps = mode === 'full' ? fullSteps : leanSteps;
const rows: string[][] = [];
let base = 0;
for (const [name, f] of steps) {
  f(); // warm-up
  const t = await timeRuns(7, f);
  // The best run: the machine is shared, and other work only ever adds time.
  const perSecond = (n / Math.min(...t.map((x) => x.cpuMs))) * 1000;
  if (!base) base = perSecond;
  rows.push([name, rate(perSecond), `${((1e6 / perSecond) * 1000).toFixed(0)} ns`, ratio(base / perSecond)]);
}
console.log(`Evaluator steps (${mode} path) on ${count(n)} Anyang subjects (CPU time, best of 7)\n`);
console.log(table(['step', 'subjects/s', 'per subject', 'vs hand-written'], rows));
