/**
 * The whole cohort with quotas, each engine in a child process (so peak RSS is its own), compared
 * by a digest of every (id, score, level).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CohortChildReport } from '../cohort-child.js';
import { runJsonChild, stderrTail } from './json-child.js';
import { count, mib, ms, ratio, table } from '../measure.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, '..', 'cohort-child.ts');

/** Bounds for one child on a shared machine: its heap, and how long it may run. */
export interface ChildLimits {
  heapMiB: number;
  timeoutMs: number;
  /** The evaluator bundled once by the parent (see bundleEvaluator). */
  coreBundle?: string;
}

export const DEFAULT_LIMITS: ChildLimits = { heapMiB: 4096, timeoutMs: 240_000 };

export async function runChild(engine: string, n: number, limits: ChildLimits = DEFAULT_LIMITS): Promise<CohortChildReport> {
  const r = await runJsonChild<CohortChildReport>(CHILD, [engine, String(n)], {
    nodeFlags: [`--max-old-space-size=${limits.heapMiB}`],
    timeoutMs: limits.timeoutMs,
    ...(limits.coreBundle ? { coreBundle: limits.coreBundle } : {}),
  });
  if (r.ok) return r.value;
  const oom = /heap out of memory|Allocation failed/.test(r.stderr);
  const reason = r.timedOut
    ? `did not finish within ${limits.timeoutMs / 1000} s (stopped)`
    : oom
      ? `ran out of memory with a ${limits.heapMiB} MiB heap limit`
      : `child exited ${r.code ?? r.signal}: ${stderrTail(r.stderr)}`;
  return { engine, n, ok: false, reason };
}

/** The cohort engines, each in its own process: hand-written first (the reference). */
export const COHORT_ENGINES = ['handwritten', 'rubricate', 'rubricate-compact', 'rubricate-compiled'] as const;

export const COHORT_LABELS: Record<string, string> = {
  handwritten: 'hand-written cohort (levels only)',
  rubricate: 'rubricate evaluateCohort (full results with traces)',
  'rubricate-compact': 'rubricate createCohortScorer add + finish (compact decisions)',
  'rubricate-compiled': 'rubricate compiled module: createCohortScorer add + finish',
};

/** One engine against the hand-written cohort of the same N. */
export interface CohortComparison {
  engine: string;
  /** Its wall time ÷ the hand-written wall time (each ran alone in its process). */
  slowerWall: number;
  /** The same by CPU time. */
  slowerCpu: number;
  /** Same digest of every (id, score, final level) as the hand-written cohort. */
  agree: boolean;
}

export interface CohortSection {
  n: number;
  reports: CohortChildReport[];
  /** Every engine that finished, against the hand-written cohort (when that finished too). */
  comparisons: CohortComparison[];
}

/**
 * Each engine `runs` times, each run cold in its own process, the engines taking turns so that a
 * change in the machine's load falls on all of them; the report kept is the run with the median
 * CPU time, with the highest peak memory of all runs (the target is a bound). An engine that fails
 * once (out of memory, too slow) is not run again.
 */
export async function cohortSection(
  n: number,
  log: (s: string) => void,
  limits: ChildLimits = DEFAULT_LIMITS,
  engines: readonly string[] = COHORT_ENGINES,
  runs = 3,
): Promise<CohortSection> {
  const all = new Map<string, CohortChildReport[]>(engines.map((e) => [e, []]));
  for (let k = 0; k < runs; k++) {
    for (const engine of engines) {
      const done = all.get(engine) as CohortChildReport[];
      if (done.some((r) => !r.ok)) continue;
      log(`  cohort N=${count(n)} ${engine}${runs > 1 ? ` (run ${k + 1} of ${runs})` : ''} …`);
      done.push(await runChild(engine, n, limits));
    }
  }
  const reports = engines.map((e) => medianReport(all.get(e) as CohortChildReport[]));
  const hw = reports.find((r) => r.engine === 'handwritten');
  const comparisons: CohortComparison[] = [];
  for (const r of reports) {
    if (r === hw || !hw?.ok || !r.ok) continue;
    comparisons.push({ engine: r.engine, slowerWall: r.ms! / hw.ms!, slowerCpu: r.cpuMs! / hw.cpuMs!, agree: r.digest === hw.digest });
  }
  return { n, reports, comparisons };
}

/** The run with the median CPU time, its peak the highest of all; a failed run if any failed; `runs` set. */
export function medianReport(runs: readonly CohortChildReport[]): CohortChildReport {
  const failed = runs.find((r) => !r.ok);
  if (failed || runs.length === 0) return { ...(failed ?? runs[0]!), runs: runs.length };
  const byCpu = [...runs].sort((a, b) => a.cpuMs! - b.cpuMs!);
  const median = byCpu[(byCpu.length - 1) >> 1]!;
  const peak = runs.reduce((a, b) => (b.maxRssBytes! > a.maxRssBytes! ? b : a));
  // Every run must have given the same cohort; a run that did not makes the digest say so.
  const digests = new Set(runs.map((r) => r.digest));
  return {
    ...median,
    maxRssBytes: peak.maxRssBytes!,
    peakOverInput: peak.peakOverInput!,
    ...(digests.size > 1 ? { digest: `runs differ: ${[...digests].join(' / ')}` } : {}),
    runs: runs.length,
    cpuMsRuns: runs.map((r) => r.cpuMs!),
  };
}

export function cohortTable(c: CohortSection): string {
  const rows = c.reports.map((r) => {
    const cmp = c.comparisons.find((x) => x.engine === r.engine);
    return r.ok
      ? [
          COHORT_LABELS[r.engine] ?? r.engine,
          ms(r.ms!),
          ms(r.cpuMs!),
          cmp ? ratio(cmp.slowerCpu) : r.engine === 'handwritten' ? '1.00×' : '—',
          mib(r.inputHeapBytes!),
          mib(r.maxRssBytes!),
          `${r.peakOverInput!.toFixed(2)}×`,
          r.digest!,
          cmp ? (cmp.agree ? 'yes' : 'DIFFERS') : '—',
          String(r.errors),
          r.cpuMsRuns && r.cpuMsRuns.length > 1 ? r.cpuMsRuns.map(ms).join(', ') : '—',
        ]
      : [COHORT_LABELS[r.engine] ?? r.engine, '—', '—', '—', '—', '—', '—', '—', '—', '—', '—'];
  });
  const notes = c.reports.filter((r) => !r.ok).map((r) => `- ${r.engine}: ${r.reason}`);
  const lines = [
    table(['engine', `wall, N=${count(c.n)}`, 'CPU time', '× hand-written (CPU)', 'input on heap', 'peak RSS', '(peak − base) / input', 'digest', 'same cohort', 'errors', 'CPU time of each run'], rows),
  ];
  for (const x of c.comparisons) {
    lines.push(`${x.engine} vs hand-written: ${ratio(x.slowerWall)} the wall time, ${ratio(x.slowerCpu)} the CPU time; results ${x.agree ? 'identical (same digest)' : 'DIFFER'}`);
  }
  if (c.reports[0]?.distribution) lines.push(`hand-written distribution: ${JSON.stringify(c.reports[0].distribution)}`);
  if (notes.length) lines.push('Notes:', ...notes);
  return lines.join('\n');
}
