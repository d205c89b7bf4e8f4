/**
 * `pnpm profile -- subject|lean|compiled|cohort|compact [N]`: runs rubricate under `node --cpu-prof` and prints the
 * functions with the most self time and the most total (inclusive) time, with their source file.
 * The .cpuprofile is kept (its path is printed) for Chrome DevTools or speedscope.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './fixture.js';
import { bundleLineMap } from './engines/rubricate.js';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
const [mode = 'subject', n = '100000', topArg = '25'] = process.argv.slice(2).filter((a) => a !== '--');
const top = Number(topArg);
const dir = mkdtempSync(join(tmpdir(), 'rubricate-prof-'));
const res = spawnSync(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', '--max-old-space-size=8192', '--import', 'tsx', join(HERE, 'profile-child.ts'), mode, n],
  { stdio: 'inherit', cwd: join(HERE, '..'), env: { ...process.env, RUBRICATE_BENCH_KEEP_BUNDLE: '1' } },
);
if (res.status !== 0) process.exit(res.status ?? 1);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;

const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const parent = new Map<number, number>();
for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);

const maps = new Map<string, (line: number) => string>();
const where = (nd: CpuNode) => {
  const url = nd.callFrame.url.replace(/^file:\/\//, '');
  if (url.endsWith('rubricate-core.mjs')) {
    if (!maps.has(url)) maps.set(url, bundleLineMap(url));
    return maps.get(url)!(nd.callFrame.lineNumber);
  }
  return url ? (url.startsWith(REPO_ROOT) ? relative(REPO_ROOT, url) : url.replace(/.*node_modules\//, '')) : '';
};
const key = (nd: CpuNode) => `${nd.callFrame.functionName || '(anonymous)'} ${where(nd)}`.trim();

const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
let total = 0;
for (const [id, t] of self) {
  total += t;
  const nd = byId.get(id)!;
  selfBy.set(key(nd), (selfBy.get(key(nd)) ?? 0) + t);
  // Inclusive time: count each distinct function once per sample stack.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    totalBy.set(k, (totalBy.get(k) ?? 0) + t);
  }
}
const show = (m: Map<string, number>, title: string) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((t / total) * 100).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  }
};
console.log(`profile: ${join(dir, file)} (${mode}, N=${n}, ${(total / 1e6).toFixed(2)} s sampled)`);
show(selfBy, 'Self time');
show(totalBy, 'Total (inclusive) time');

// Hottest lines (from V8's per-line ticks), with the line's text, so a hot spot inside a large
// function such as runPlan can be found.
const lineTicks = new Map<string, { ticks: number; text: string; file: string }>();
let allTicks = 0;
const texts = new Map<string, string[]>();
for (const nd of profile.nodes) {
  const url = nd.callFrame.url.replace(/^file:\/\//, '');
  // Only the bundled evaluator and the scorer module written from it: their lines are the ones V8
  // reports (tsx-run files are not).
  const scorer = /\.scorer\.\d+\.mjs$/.test(url);
  if (!url.endsWith('rubricate-core.mjs') && !scorer) continue;
  for (const { line, ticks } of nd.positionTicks ?? []) {
    allTicks += ticks;
    if (!texts.has(url)) texts.set(url, readFileSync(url, 'utf8').split('\n'));
    const k = `${url}:${line}`;
    const e = lineTicks.get(k) ?? { ticks: 0, text: (texts.get(url)![line - 1] ?? '').trim().slice(0, 110), file: scorer ? 'compiled scorer module' : where({ ...nd, callFrame: { ...nd.callFrame, lineNumber: line - 1 } }) };
    e.ticks += ticks;
    lineTicks.set(k, e);
  }
}
console.log(`\nHottest lines of the evaluator (share of its line-attributed samples)`);
for (const e of [...lineTicks.values()].sort((a, b) => b.ticks - a.ticks).slice(0, top)) {
  console.log(`${((e.ticks / allTicks) * 100).toFixed(1).padStart(5)}%  ${e.file}  ${e.text}`);
}
