/**
 * Single subjects: every engine scores the same N subjects; the median of several runs, the
 * engines taking turns run by run, gives subjects per second. An engine's speed is printed only
 * after it agreed with the hand-written function on every subject of that N.
 */
import { performance } from 'node:perf_hooks';
import { generateSubjects } from '../data.js';
import { scoreAnyang, type Scored } from '../baselines/handwritten.js';
import type { Engine, EngineLoad } from '../engines/index.js';
import { compare, type Agreement } from './agreement.js';
import { count, gc, median, rate, ratio, table, type Timing, timeRuns } from '../measure.js';

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
    const ids = subjects.map((s) => s.id);
    const reference = subjects.map((s) => scoreAnyang(s.facts));
    const runs = runsFor(n, quick);
    let handwrittenRate: number | null = null;
    const here: ThroughputRow[] = [];
    /** Engines that agreed, to be timed: their row, how many passes a run makes, and each run's timing. */
    const timed: { e: Engine; row: ThroughputRow; out: Scored[]; reps: number; times: Timing[] }[] = [];
    for (const load of engines) {
      if (!load.ok) {
        here.push({ engine: load.id, label: load.label, n, runs: 0, perSecond: null, perSecondWall: null, slowerThanHandwritten: null, agreement: null, note: load.reason });
        continue;
      }
      const e = load.engine;
      if (n > e.maxN) {
        here.push({
          engine: e.id,
          label: e.label,
          n,
          runs: 0,
          perSecond: null,
          perSecondWall: null,
          slowerThanHandwritten: null,
          agreement: null,
          note: `not run above N=${count(e.maxN)} (${e.capNote ?? 'slow'})`,
        });
        continue;
      }
      const out: Scored[] = new Array(n);
      let agreement: Agreement;
      let warmMs: number;
      try {
        const t0 = performance.now();
        await e.runAll(subjects, out); // also the warm-up
        warmMs = performance.now() - t0;
        agreement = compare(ids, reference, out);
      } catch (err) {
        here.push({
          engine: e.id, label: e.label, n, runs: 0, perSecond: null, perSecondWall: null, slowerThanHandwritten: null, agreement: null,
          note: `failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`,
        });
        continue;
      }
      if (agreement.mismatches > 0) {
        here.push({
          engine: e.id, label: e.label, n, runs: 0, perSecond: null, perSecondWall: null, slowerThanHandwritten: null, agreement,
          note: `DISAGREES with the hand-written function on ${agreement.mismatches} of ${n}: ${agreement.examples.join('; ')}`,
        });
        continue;
      }
      // A timed run repeats the pass until it lasts about MIN_RUN_MS, so that fast engines are not
      // measured on a few milliseconds (timer and CPU accounting granularity).
      const reps = Math.max(1, Math.ceil(MIN_RUN_MS / Math.max(warmMs, 0.001)));
      const row: ThroughputRow = { engine: e.id, label: e.label, n, runs, perSecond: null, perSecondWall: null, slowerThanHandwritten: null, agreement };
      here.push(row);
      timed.push({ e, row, out, reps, times: [] });
    }
    // The engines take turns, run by run, so that the machine's changing speed (it is shared) lands
    // on all of them alike instead of on whichever was timed while it was slow.
    for (let r = 0; r < runs; r++) {
      for (const t of timed) {
        const [time] = await timeRuns(1, async () => {
          for (let k = 0; k < t.reps; k++) await t.e.runAll(subjects, t.out);
        });
        t.times.push(time as Timing);
      }
    }
    for (const t of timed) {
      t.row.perSecond = ((n * t.reps) / median(t.times.map((x) => x.cpuMs))) * 1000;
      t.row.perSecondWall = ((n * t.reps) / median(t.times.map((x) => x.wallMs))) * 1000;
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
