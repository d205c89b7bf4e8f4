/**
 * One cohort run in its own process, so that its peak memory is its own:
 *   node --expose-gc --import tsx src/cohort-child.ts <handwritten|rubricate|rubricate-compact|rubricate-compiled> <N>
 * Prints one JSON line: time, input size on the heap, peak RSS, and a digest of (id, score,
 * level) so that the parent can check every engine produced the same cohort.
 *
 * `rubricate` is `evaluateCohort` (every full result, traces included); `rubricate-compact` is
 * `createCohortScorer` add + finish (final levels only, as the hand-written cohort);
 * `rubricate-compiled` is the same with the `createCohortScorer` of the module that
 * `compileScorerSource` writes for the rubric (its code in the first pass). The compact
 * cohort's scores are read afterwards with `explainSubject`, outside the timing and after the
 * peak memory was read, so the digest covers the same (id, score, level) as the others.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { generateSubjects } from './data.js';
import { scoreAnyangCohort } from './baselines/handwritten.js';
import { loadRubricate } from './engines/rubricate.js';
import { gc, settle } from './measure.js';

export interface CohortChildReport {
  engine: string;
  n: number;
  ok: boolean;
  reason?: string;
  ms?: number;
  /** CPU time of the process during the cohort (user + system, all threads, GC included). */
  cpuMs?: number;
  /** Heap taken by the generated input (after a collection). */
  inputHeapBytes?: number;
  rssBeforeInput?: number;
  rssAfterInput?: number;
  maxRssBytes?: number;
  /** Peak RSS above the process's own baseline, divided by the input's heap size. */
  peakOverInput?: number;
  digest?: string;
  errors?: number;
  distribution?: Record<string, number>;
  /** Set by the parent when it keeps the median of several runs: how many ran, and each one's CPU time. */
  runs?: number;
  cpuMsRuns?: number[];
}

async function main(): Promise<CohortChildReport> {
  const [engine = 'handwritten', nArg = '100000'] = process.argv.slice(2);
  const n = Number(nArg);
  let cohort: (subjects: ReturnType<typeof generateSubjects>) => { results: Iterable<{ id: string; score: number; level: string | null }>; errors: unknown[] };
  if (engine === 'handwritten') {
    cohort = (s) => ({ results: scoreAnyangCohort(s).results, errors: [] });
  } else if (engine === 'rubricate') {
    const r = await loadRubricate();
    if (!r.ok) return { engine, n, ok: false, reason: r.reason };
    if (!r.engine.cohort) return { engine, n, ok: false, reason: 'evaluateCohort not exported yet' };
    cohort = r.engine.cohort;
  } else if (engine === 'rubricate-compact' || engine === 'rubricate-compiled') {
    const r = await loadRubricate();
    if (!r.ok) return { engine, n, ok: false, reason: r.reason };
    const compact = engine === 'rubricate-compact' ? r.engine.cohortCompact : r.engine.cohortCompiled;
    if (!compact) return { engine, n, ok: false, reason: `${engine === 'rubricate-compact' ? 'createCohortScorer / explainSubject' : 'compileScorerSource'} not exported yet` };
    cohort = (s) => {
      const c = compact(s);
      // A generator: nothing is explained until the digest below walks it.
      return { results: c.results(), errors: c.decisions.errors };
    };
  } else {
    return { engine, n, ok: false, reason: `unknown engine ${engine}` };
  }
  gc();
  const before = process.memoryUsage();
  const subjects = generateSubjects(n);
  gc();
  const after = process.memoryUsage();
  // The collection's sweep runs on helper threads: let it end before the CPU time is read.
  await settle();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = cohort(subjects);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const hash = createHash('sha256');
  const distribution: Record<string, number> = {};
  // Every subject is in the digest, in id order; a compact cohort is explained here, after timing.
  for (const r of out.results) {
    hash.update(`${r.id},${r.score},${r.level}\n`);
    const k = String(r.level);
    distribution[k] = (distribution[k] ?? 0) + 1;
  }
  const inputHeapBytes = after.heapUsed - before.heapUsed;
  return {
    engine,
    n,
    ok: true,
    ms,
    cpuMs,
    inputHeapBytes,
    rssBeforeInput: before.rss,
    rssAfterInput: after.rss,
    maxRssBytes,
    peakOverInput: (maxRssBytes - before.rss) / inputHeapBytes,
    digest: hash.digest('hex').slice(0, 16),
    errors: out.errors.length,
    distribution,
  };
}

main().then(
  (r) => process.stdout.write(JSON.stringify(r) + '\n'),
  (e) => {
    process.stdout.write(JSON.stringify({ ok: false, reason: e instanceof Error ? e.message : String(e) }) + '\n');
    process.exitCode = 1;
  },
);
