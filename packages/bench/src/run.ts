/**
 * `pnpm bench`: rubricate against the hand-written function and other rule engines, side by side
 * in one process; then the hand-written function and rubricate's fast scorers each alone in
 * processes of its own (the figures held to the target); cohorts and the CLI in child processes too, so
 * that their peak memory is their own.
 *
 * Options:
 *   --quick               N = 10k and 100k, cohort at 100k, CLI at 20k, fewer runs
 *   --only=a,b            sections: throughput, cohort, cli, stream, size
 *   --engines=a,b         handwritten, rubricate, rubricate-lean, rubricate-compiled, json-logic, json-rules-engine,
 *                         zen, zen-64
 *   --cohort-engines=a,b  handwritten, rubricate (evaluateCohort), rubricate-compact (createCohortScorer),
 *                         rubricate-compiled (the compiled module's createCohortScorer)
 *   --sizes=10000,100000  N for the single-subject table
 *   --processes=7         rounds of hand-written, createLeanScorer and compiled scorer each alone in its
 *                         own process, the median kept (1 with --quick): the figures the 3× target uses
 *   --cohort=100000,1000000  N for the cohort section (each engine in its own process)
 *   --cohort-runs=3       runs per cohort engine, the median kept (1 with --quick)
 *   --cohort-heap=4096    heap limit of a cohort process in MiB; --cohort-timeout=240 in seconds
 *   --cli=200000          N for the CLI section
 *   --stream-n=5200000    run the streaming section with N subjects (minutes at 5.2M; only when given)
 *   --build               build @rubricate/core and @rubricate/cli first (the CLI runs from dist)
 *   --wait-load=1.5       first wait (polling every 30 s, at most --wait-max=600 s) until the 1-minute
 *                         load average is below this; measures anyway after that, with the load recorded
 *   --json=FILE           also write every figure as JSON
 */
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { makeTempDir } from './data.js';
import { bundleEvaluator } from './engines/rubricate.js';
import { machineInfo } from './machine.js';
import { count, mib, ms, rate, ratio } from './measure.js';
import { cohortSection, cohortTable, type CohortSection } from './sections/cohort.js';
import { buildCli, cliSection, cliTable, streamSection, type CliRow, type StreamResult } from './sections/cli.js';
import { sizeSection, sizeTable } from './sections/size.js';
import { throughputTable, type ThroughputRow } from './sections/throughput.js';
import { aloneTable, runThroughputChild, throughputAlone, type AloneRow } from './sections/throughput-alone.js';
import { BARS, targetLines, targetVerdicts } from './targets.js';

const { values } = parseArgs({
  // `pnpm bench -- --quick` passes the `--` through; drop it.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    engines: { type: 'string' },
    sizes: { type: 'string' },
    processes: { type: 'string' },
    cohort: { type: 'string' },
    'cohort-heap': { type: 'string' },
    'cohort-timeout': { type: 'string' },
    cli: { type: 'string' },
    'cohort-engines': { type: 'string' },
    'cohort-runs': { type: 'string' },
    'stream-n': { type: 'string' },
    json: { type: 'string' },
    'wait-load': { type: 'string' },
    'wait-max': { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});

const quick = values.quick!;
const sections = new Set((values.only ?? 'throughput,cohort,cli,stream,size').split(','));
const list = (s: string | undefined, d: number[]) => (s ? s.split(',').map(Number) : d);
const sizes = list(values.sizes, quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]);
const cohortSizes = list(values.cohort, quick ? [100_000] : [100_000, 1_000_000]);
const cohortLimits = {
  heapMiB: Number(values['cohort-heap'] ?? 4096),
  timeoutMs: Number(values['cohort-timeout'] ?? 240) * 1000,
};
const cliN = Number(values.cli ?? (quick ? 20_000 : 200_000));
// The streaming run takes minutes at 5.2M: it runs only when its N is given.
const streamN = values['stream-n'] === undefined ? undefined : Number(values['stream-n']);
const cohortEngines = values['cohort-engines']?.split(',');
const cohortRuns = Number(values['cohort-runs'] ?? (quick ? 1 : 3));
const throughputProcesses = Number(values.processes ?? (quick ? 1 : 7));

// The evaluator is bundled once and given to every child process (undefined: each says why not).
let bundled: Promise<string | undefined> | undefined;
const bundleOnce = () => (bundled ??= bundleEvaluator().catch(() => undefined));

const log = (s: string) => process.stderr.write(s + '\n');
const print = (s = '') => process.stdout.write(s + '\n');
const heading = (s: string) => print(`\n## ${s}\n`);

// The machine is shared: wait for a quiet moment rather than measure other people's work.
let waited: { belowLoad: number; seconds: number; reached: boolean } | undefined;
if (values['wait-load'] !== undefined) {
  const below = Number(values['wait-load']);
  const maxS = Number(values['wait-max'] ?? 600);
  const t0 = Date.now();
  while (loadavg()[0]! >= below && Date.now() - t0 < maxS * 1000) {
    log(`  load average ${loadavg()[0]!.toFixed(2)} ≥ ${below}: waiting (${Math.round((Date.now() - t0) / 1000)} s) …`);
    await new Promise((r) => setTimeout(r, 30_000));
  }
  waited = { belowLoad: below, seconds: Math.round((Date.now() - t0) / 1000), reached: loadavg()[0]! < below };
}

const machine = machineInfo();
const figures: {
  machine: typeof machine;
  quick: boolean;
  waited?: typeof waited;
  throughput?: ThroughputRow[];
  throughputAlone?: AloneRow[];
  cohort?: CohortSection[];
  cli?: CliRow[];
  stream?: StreamResult;
  size?: Awaited<ReturnType<typeof sizeSection>>;
} = { machine, quick, ...(waited ? { waited } : {}) };

print(`# rubricate benchmark${quick ? ' (--quick)' : ''}`);
print(`${machine.date} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · Node ${machine.node} (V8 ${machine.v8}) · ${machine.platform} · load average ${machine.loadAverage} at start`);
if (waited) print(`Waited ${waited.seconds} s for a 1-minute load average below ${waited.belowLoad}: ${waited.reached ? 'reached' : 'not reached, measured anyway'}.`);
print('Rubric: docs/fixtures/anyang-2017-star-rating.json (hand-written equivalents in packages/bench/src/baselines).');

if (sections.has('throughput')) {
  heading('Single subjects');
  const coreBundle = await bundleOnce();
  const selected = values.engines?.split(',');
  log('  side by side, every engine in one process …');
  const rows = await runThroughputChild(sizes, selected ?? 'all', quick, coreBundle, log);
  figures.throughput = rows;
  print(throughputTable(rows));
  print('\nEach alone in its own process (the figures the target is held to; see src/sections/throughput-alone.ts):\n');
  const alone = await throughputAlone({ sizes, ...(selected ? { engines: selected } : {}), processes: throughputProcesses, quick, ...(coreBundle ? { coreBundle } : {}), log });
  figures.throughputAlone = alone;
  print(aloneTable(alone));
  for (const r of alone.filter((x) => x.engine !== 'handwritten' && x.slowerThanHandwritten !== null)) {
    const ok = r.slowerThanHandwritten! <= BARS.singleRatio;
    print(`Within 3× of hand-written (CPU time, each alone, median of ${r.perProcess.length} processes)? ${r.label}, N=${count(r.n)}: ${ratio(r.slowerThanHandwritten!)} → ${ok ? 'yes' : 'no'}`);
  }
}

const dir = makeTempDir();
try {
  if (sections.has('cohort')) {
    const coreBundle = await bundleOnce();
    if (coreBundle) Object.assign(cohortLimits, { coreBundle });
    figures.cohort = [];
    for (const n of cohortSizes) {
      heading(`Cohort with quotas (N=${count(n)})`);
      const c = await cohortSection(n, log, cohortLimits, cohortEngines, cohortRuns);
      figures.cohort.push(c);
      print(cohortTable(c));
      for (const x of c.comparisons) {
        const r = c.reports.find((q) => q.engine === x.engine)!;
        print(`Within 3× of hand-written (CPU time)? ${x.engine}: ${ratio(x.slowerCpu)} → ${x.agree && x.slowerCpu <= BARS.cohortRatio ? 'yes' : 'no'}`);
        print(`Peak under twice the input? ${x.engine}: ${r.peakOverInput!.toFixed(2)}× → ${r.peakOverInput! < BARS.peakOverInput ? 'yes' : 'no'}`);
      }
    }
  }
  if (values.build && (sections.has('cli') || sections.has('stream'))) buildCli(log);
  if (sections.has('cli')) {
    heading(`CLI end to end (N=${count(cliN)})`);
    const rows = await cliSection(dir, cliN, quick ? 1 : 3, log);
    figures.cli = rows;
    print(cliTable(rows));
    for (const r of rows) {
      if (r.slowerThanPlain !== null) {
        print(`Within 2.5× of the plain script (wall)? ${r.input}: ${ratio(r.slowerThanPlain)} → ${r.slowerThanPlain <= BARS.cliRatio ? 'yes' : 'no'}`);
      }
    }
  }
  if (sections.has('stream') && streamN === undefined) {
    heading('Streaming');
    print('Not run: pass --stream-n=5200000 to stream 5.2M subjects through the CLI (several minutes).');
  } else if (sections.has('stream') && streamN !== undefined) {
    heading(`Streaming (N=${count(streamN)})`);
    const s = await streamSection(dir, streamN, log);
    figures.stream = s;
    if (s.ms === undefined) print(s.note);
    else {
      print(`${count(s.n!)} subjects, ${s.format} ${mib(s.fileBytes!)}: ${ms(s.ms)} (${rate((s.n! / s.ms) * 1000)}/s), peak RSS ${s.maxRssBytes ? mib(s.maxRssBytes) : 'unknown'}`);
      if (s.maxRssBytes) print(`Under 1.5 GB? ${s.maxRssBytes < BARS.streamBytes ? 'yes' : 'no'}`);
    }
  }
  if (sections.has('size')) {
    heading('Bundle size');
    const s = await sizeSection();
    figures.size = s;
    print(sizeTable(s));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

heading('Against the targets (each held to the fastest rubricate path measured)');
print(targetLines(targetVerdicts(figures)).join('\n'));

print(`\nLoad average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (1 / 5 / 15 min; ${machine.cores} cores)`);
if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2) + '\n');
