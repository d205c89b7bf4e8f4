/**
 * Single subjects in one process: every engine scores the same N subjects; the median of several
 * runs, the engines taking turns run by run, gives subjects per second. An engine's speed is
 * printed only if the output of its last timed pass agreed with the hand-written function on
 * every subject of that N.
 */
import { performance } from 'node:perf_hooks';
import { generateSubjects } from '../data.js';
import { scoreAnyang, type Scored } from '../baselines/handwritten.js';
import type { Engine, EngineLoad } from '../engines/index.js';
import { compare, type Agreement } from './agreement.js';
import { count, gc, median, rate, ratio, table, type PassesTiming, timePasses } from '../measure.js';

export interface ThroughputRow {
  engine: string;
  label: string;
  n: number;
  runs: number;
  /** Subjects per second of CPU time (median run); null when not timed. */
  perSecond: number | null;
  /** Subjects per second of wall-clock time (median run). */
  perSecondWall: number | null;
  /** Hand-written speed ÷ this engine's speed, both by CPU time. */
  slowerThanHandwritten: number | null;
  agreement: Agreement | null;
  note?: string;
}

/** A timed run repeats the pass for at least this long (timer and CPU accounting granularity). */
const MIN_RUN_MS = 250;

export function runsFor(n: number, quick: boolean): number {
  if (quick) return 3;
  return n <= 10_000 ? 7 : n <= 100_000 ? 5 : 3;
}

export async function throughput(engines: EngineLoad[], sizes: readonly number[], quick: boolean, log: (s: string) => void): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  for (const n of sizes) {
    gc();
    const subjects = generateSubjects(n);
    const runs = runsFor(n, quick);
    const here: ThroughputRow[] = [];
    /** Engines that ran a first pass: their row, the output of their latest pass, each run's timing. */
    const timed: { e: Engine; row: ThroughputRow; out: Scored[]; times: PassesTiming[] }[] = [];
    for (const load of engines) {
      if (!load.ok) {
        here.push({ engine: load.id, label: load.label, n, runs: 0, perSecond: null, perSecondWall: null, slowerThanHandwritten: null, agreement: null, note: load.reason });
        continue;
      }
      const e = load.engine;
      const row: ThroughputRow = { engine: e.id, label: e.label, n, runs: 0, perSecond: null, perSecondWall: null, slowerThanHandwritten: null, agreement: null };
      here.push(row);
      if (n > e.maxN) {
        row.note = `not run above N=${count(e.maxN)} (${e.capNote ?? 'slow'})`;
        continue;
      }
      const out: Scored[] = new Array(n);
      try {
        // Warm-up: passes for as long as a timed run, so that optimised code is in place before the
        // first timing (one pass of 10k subjects ends before V8 has finished optimising a scorer).
        const t0 = performance.now();
        do await e.runAll(subjects, out);
        while (performance.now() - t0 < MIN_RUN_MS);
      } catch (err) {
        row.note = `failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
        continue;
      }
      row.runs = runs;
      timed.push({ e, row, out, times: [] });
    }
    // The engines take turns, run by run, so that the machine's changing speed (it is shared) lands
    // on all of them alike instead of on whichever was timed while it was slow.
    for (let r = 0; r < runs; r++) {
      for (const t of timed) t.times.push(await timePasses(MIN_RUN_MS, () => t.e.runAll(subjects, t.out)));
    }
    // The reference is computed after the timings: calling the hand-written function here first
    // would put it, not the engine, first in the process (see throughput-alone.ts).
    const ids = subjects.map((s) => s.id);
    const reference = subjects.map((s) => scoreAnyang(s.facts));
    let handwrittenRate: number | null = null;
    for (const t of timed) {
      const agreement = compare(ids, reference, t.out);
      t.row.agreement = agreement;
      if (agreement.mismatches > 0) {
        t.row.runs = 0;
        t.row.note = `DISAGREES with the hand-written function on ${agreement.mismatches} of ${n}: ${agreement.examples.join('; ')}`;
        continue;
      }
      // Runs differ in their number of passes, so the median is taken of each run's rate.
      t.row.perSecond = median(t.times.map((x) => ((n * x.passes) / x.cpuMs) * 1000));
      t.row.perSecondWall = median(t.times.map((x) => ((n * x.passes) / x.wallMs) * 1000));
      if (t.e.id === 'handwritten') handwrittenRate = t.row.perSecond;
      log(`  N=${count(n)} ${t.e.label}: ${rate(t.row.perSecond)}/s CPU, ${rate(t.row.perSecondWall)}/s wall`);
    }
    for (const r of here) if (r.perSecond && handwrittenRate) r.slowerThanHandwritten = handwrittenRate / r.perSecond;
    rows.push(...here);
  }
  return rows;
}

export function throughputTable(rows: readonly ThroughputRow[]): string {
  const notes: string[] = [];
  const body = rows.map((r) => {
    if (r.note && r.perSecond === null) notes.push(`N=${count(r.n)} ${r.label}: ${r.note}`);
    return [
      count(r.n),
      r.label,
      r.perSecond === null ? '—' : rate(r.perSecond),
      r.perSecondWall === null ? '—' : rate(r.perSecondWall),
      r.slowerThanHandwritten === null ? '—' : ratio(r.slowerThanHandwritten),
      r.agreement ? (r.agreement.mismatches === 0 ? `all ${count(r.agreement.checked)} agree` : `${r.agreement.mismatches} differ`) : '—',
      r.runs ? String(r.runs) : '—',
    ];
  });
  const t = table(['N', 'engine', 'subjects/s (CPU time)', 'subjects/s (wall)', 'vs hand-written', 'agreement', 'runs'], body);
  return notes.length ? `${t}\n\nNotes:\n${[...new Set(notes)].map((n) => `- ${n}`).join('\n')}` : t;
}
