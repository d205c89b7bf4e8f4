/**
 * The performance targets, each checked once against a run's figures and held to the fastest
 * rubricate path measured (where it agreed with the hand-written function on every subject). The
 * lines printed under each table compare every path with the same bar; these are the verdicts.
 */
import type { CliRow, StreamResult } from './sections/cli.js';
import type { CohortSection } from './sections/cohort.js';
import type { AloneRow } from './sections/throughput-alone.js';
import { count, mib, ms, ratio } from './measure.js';

/** The parts of a run's figures the targets read. */
export interface TargetFigures {
  throughputAlone?: readonly AloneRow[];
  cohort?: readonly CohortSection[];
  cli?: readonly CliRow[];
  stream?: StreamResult;
}

export interface TargetVerdict {
  target: string;
  verdict: 'met' | 'NOT met' | 'not measured';
  /** What was measured, or how to measure it. */
  detail: string;
}

/** The bars, as the performance issue sets them (the per-engine lines in run.ts use them too). */
export const BARS = { singleRatio: 3, cohortRatio: 3, peakOverInput: 2, cliRatio: 2.5, streamBytes: 1.5e9 } as const;

const COHORT_N = 1_000_000;
const CLI_N = 200_000;
const STREAM_N = 5_200_000;
const SINGLE: Readonly<Record<string, string>> = { 'rubricate-lean': 'createLeanScorer', 'rubricate-compiled': 'the scorer written ahead of time' };
const COHORT: Readonly<Record<string, string>> = {
  rubricate: 'evaluateCohort',
  'rubricate-compact': "the core's createCohortScorer",
  'rubricate-compiled': "the compiled module's createCohortScorer",
};
const name = (labels: Readonly<Record<string, string>>, engine: string): string => labels[engine] ?? engine;
const verdict = (ok: boolean): TargetVerdict['verdict'] => (ok ? 'met' : 'NOT met');

export function targetVerdicts(f: TargetFigures): TargetVerdict[] {
  return [...singleSubjects(f), ...cohort(f), ...cli(f), stream(f), editor()];
}

function singleSubjects(f: TargetFigures): TargetVerdict[] {
  const target = 'single subjects within 3× of the hand-written function';
  const rows = (f.throughputAlone ?? []).filter((r) => r.engine !== 'handwritten' && r.slowerThanHandwritten !== null && r.mismatches === 0);
  const sizes = [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b);
  if (sizes.length === 0) return [{ target, verdict: 'not measured', detail: 'run the single-subject section (--only=throughput)' }];
  return sizes.map((n) => {
    const best = rows.filter((r) => r.n === n).sort((a, b) => a.slowerThanHandwritten! - b.slowerThanHandwritten!)[0]!;
    const x = best.slowerThanHandwritten!;
    return { target: `${target}, N=${count(n)}`, verdict: verdict(x <= BARS.singleRatio), detail: `${name(SINGLE, best.engine)} ${ratio(x)} (each alone, median of ${best.perProcess.length} processes)` };
  });
}

function cohort(f: TargetFigures): TargetVerdict[] {
  const target = `a ${count(COHORT_N)}-subject cohort with quotas within 3× of a hand-written equivalent`;
  const memory = 'its peak memory under twice the input';
  const section = (f.cohort ?? []).find((c) => c.n === COHORT_N);
  const best = section?.comparisons.filter((c) => c.agree).sort((a, b) => a.slowerCpu - b.slowerCpu)[0];
  const report = best && section?.reports.find((r) => r.engine === best.engine);
  if (!best || !report) {
    const detail = `run --cohort=${COHORT_N}`;
    return [{ target, verdict: 'not measured', detail }, { target: memory, verdict: 'not measured', detail }];
  }
  const peak = report.peakOverInput;
  return [
    { target, verdict: verdict(best.slowerCpu <= BARS.cohortRatio), detail: `${name(COHORT, best.engine)} ${ratio(best.slowerCpu)} by CPU time (median of ${report.runs ?? 1} runs)` },
    peak === undefined
      ? { target: memory, verdict: 'not measured', detail: 'peak memory was not read on this platform' }
      : { target: memory, verdict: verdict(peak < BARS.peakOverInput), detail: `${name(COHORT, best.engine)} ${peak.toFixed(2)}× the input ((peak − base) / input)` },
  ];
}

function cli(f: TargetFigures): TargetVerdict[] {
  const target = `the CLI on a ${count(CLI_N)}-subject file within 2.5× of a plain Node script`;
  const rows = (f.cli ?? []).filter((r) => r.n === CLI_N && r.slowerThanPlain !== null && r.agree === true);
  if (rows.length === 0) return [{ target, verdict: 'not measured', detail: `run --cli=${CLI_N}` }];
  return rows.map((r) => ({ target: `${target}, ${r.input}`, verdict: verdict(r.slowerThanPlain! <= BARS.cliRatio), detail: `${ratio(r.slowerThanPlain!)} by wall time` }));
}

function stream(f: TargetFigures): TargetVerdict {
  const target = `${count(STREAM_N)} subjects streamed in under 1.5 GB`;
  const s = f.stream;
  if (!s || s.n === undefined || s.n < STREAM_N || s.ms === undefined || !s.maxRssBytes) {
    return { target, verdict: 'not measured', detail: `run --only=stream --stream-n=${STREAM_N} (minutes)` };
  }
  return { target, verdict: verdict(s.maxRssBytes < BARS.streamBytes), detail: `${ms(s.ms)}, peak RSS ${mib(s.maxRssBytes)}` };
}

function editor(): TargetVerdict {
  return {
    target: 'the editor re-scores 10,000 subjects after an edit in under 50 ms',
    verdict: 'not measured',
    detail: 'measured in Chromium by the editor’s browser tests (apps/editor/e2e/cohort.e2e.ts), printed as "[perf]" by `npm test`',
  };
}

/** The verdicts as lines of text. */
export function targetLines(vs: readonly TargetVerdict[]): string[] {
  return vs.map((v) => `${v.verdict === 'met' ? 'met         ' : v.verdict === 'NOT met' ? 'NOT met     ' : 'not measured'}  ${v.target}: ${v.detail}`);
}
