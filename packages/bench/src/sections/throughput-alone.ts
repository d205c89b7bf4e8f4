/**
 * Single subjects, each engine alone in processes of its own: the figures the targets are held to.
 *
 * In one process the engines disturb each other: of the hand-written function and the compiled
 * scorer timed side by side, whichever ran first was the faster for the rest of the process (at
 * 10k: hand-written first 15–21 M/s, after the compiled scorer 8–10 M/s; the compiled scorer
 * 3–6 M/s after the hand-written function, 5–9 M/s first or alone). And the same engine alone
 * varies up to 2× from one process to the next. A program scores with one of them, so each engine
 * held to a target is timed alone, in `processes` processes started one after another (the
 * engines alternating, the first engine changing each round), and the median over processes is
 * kept with the range.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_IDS } from '../engines/index.js';
import { count, median, rate, ratio, table } from '../measure.js';
import type { ThroughputRow } from './throughput.js';
import { runJsonChild, stderrTail } from './json-child.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, '..', 'throughput-child.ts');

/**
 * Engines timed alone: the reference, the scorer written ahead of time (held to the target) and
 * the lean run-time scorer. `evaluateSubject` (100× and more, with its trace) is timed side by side only.
 */
export function heldToTarget(id: string): boolean {
  return id === 'handwritten' || id === 'rubricate-lean' || id === 'rubricate-compiled';
}

/** One engine at one N over its processes. */
export interface AloneRow {
  engine: string;
  label: string;
  n: number;
  /** Median over processes of each process's subjects/s (CPU time); null when not timed. */
  perSecond: number | null;
  perSecondWall: number | null;
  /** Each process's subjects/s (CPU time). */
  perProcess: number[];
  /** Median hand-written speed alone ÷ this engine's median speed alone. */
  slowerThanHandwritten: number | null;
  /** Subjects that differed from the hand-written function, over all its processes (each checks all N). */
  mismatches: number;
  note?: string;
}

export interface AloneOptions {
  sizes: readonly number[];
  /** Engine ids selected for the run (all when absent); those held to a target are timed alone. */
  engines?: readonly string[];
  processes: number;
  quick: boolean;
  /** The evaluator bundled once by the parent, so the processes neither rebuild nor differ. */
  coreBundle?: string;
  log: (s: string) => void;
}

/** One process of the single-subject section (src/throughput-child.ts) with the given engines. */
export async function runThroughputChild(sizes: readonly number[], engines: readonly string[] | 'all', quick: boolean, coreBundle: string | undefined, log: (s: string) => void): Promise<ThroughputRow[]> {
  const args = [sizes.join(','), engines === 'all' ? 'all' : engines.join(','), quick ? '1' : '0'];
  const r = await runJsonChild<ThroughputRow[]>(CHILD, args, { ...(coreBundle ? { coreBundle } : {}), onStderrLine: log });
  if (!r.ok) throw new Error(`single-subject process exited ${r.code ?? r.signal}: ${stderrTail(r.stderr)}`);
  return r.value;
}

/** Runs the processes one after another (never at once: they would share the two cores). */
export async function throughputAlone(o: AloneOptions): Promise<AloneRow[]> {
  const held = (o.engines ?? ENGINE_IDS).filter(heldToTarget);
  const runs: ThroughputRow[][] = [];
  for (let k = 0; k < o.processes; k++) {
    // The order rotates each round, so no engine always follows the same one on the machine.
    const order = held.map((_, i) => held[(i + k) % held.length]!);
    for (const id of order) {
      o.log(`  alone: ${id}, round ${k + 1} of ${o.processes} …`);
      runs.push(await runThroughputChild(o.sizes, [id], o.quick, o.coreBundle, o.log));
    }
  }
  return combineAlone(runs.flat());
}

/**
 * Rows of single-engine processes → one row per (N, engine). An engine is timed only if every
 * process timed it (so it agreed on every subject in each); otherwise the first note stands.
 */
export function combineAlone(rows: readonly ThroughputRow[]): AloneRow[] {
  const keys: { n: number; engine: string }[] = [];
  for (const r of rows) if (!keys.some((k) => k.n === r.n && k.engine === r.engine)) keys.push({ n: r.n, engine: r.engine });
  const out = keys.map(({ n, engine }): AloneRow => {
    const group = rows.filter((r) => r.n === n && r.engine === engine);
    const failed = group.find((r) => r.perSecond === null);
    const mismatches = group.reduce((s, r) => s + (r.agreement?.mismatches ?? 0), 0);
    const base = { engine, label: group[0]!.label, n, mismatches, slowerThanHandwritten: null };
    if (failed) return { ...base, perSecond: null, perSecondWall: null, perProcess: [], note: failed.note ?? 'not timed' };
    return {
      ...base,
      perSecond: median(group.map((r) => r.perSecond!)),
      perSecondWall: median(group.map((r) => r.perSecondWall!)),
      perProcess: group.map((r) => r.perSecond!),
    };
  });
  for (const r of out) {
    const hand = out.find((h) => h.n === r.n && h.engine === 'handwritten');
    if (hand?.perSecond && r.perSecond) r.slowerThanHandwritten = hand.perSecond / r.perSecond;
  }
  return out;
}

export function aloneTable(rows: readonly AloneRow[]): string {
  return table(
    ['N', 'engine (alone in its process)', 'subjects/s (CPU, median)', 'range over processes', 'vs hand-written', 'processes', 'agreement'],
    rows.map((r) => [
      count(r.n),
      r.label,
      r.perSecond === null ? '—' : rate(r.perSecond),
      r.perProcess.length ? `${rate(Math.min(...r.perProcess))}-${rate(Math.max(...r.perProcess))}` : (r.note ?? '—'),
      r.slowerThanHandwritten === null ? '—' : ratio(r.slowerThanHandwritten),
      String(r.perProcess.length),
      r.perProcess.length === 0 ? '—' : r.mismatches === 0 ? `all ${count(r.n)} agree` : `${r.mismatches} differ`,
    ]),
  );
}
