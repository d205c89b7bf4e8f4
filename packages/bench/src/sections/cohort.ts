/**
 * The whole cohort with quotas, each engine in a child process (so peak RSS is its own), compared
 * by a digest of every (id, score, level).
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CohortChildReport } from '../cohort-child.js';
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

export function runChild(engine: string, n: number, limits: ChildLimits = DEFAULT_LIMITS): Promise<CohortChildReport> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${limits.heapMiB}`, '--import', 'tsx', CHILD, engine, String(n)], {
      cwd: join(HERE, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: limits.coreBundle ? { ...process.env, RUBRICATE_BENCH_CORE_BUNDLE: limits.coreBundle } : process.env,
    });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as CohortChildReport);
      } catch {
        const oom = /heap out of memory|Allocation failed/.test(err);
        const reason = timedOut
          ? `did not finish within ${limits.timeoutMs / 1000} s (stopped)`
          : oom
            ? `ran out of memory with a ${limits.heapMiB} MiB heap limit`
            : `child exited ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' | ')}`;
        resolve({ engine, n, ok: false, reason });
      }
    });
  });
}

export interface CohortSection {
  n: number;
  reports: CohortChildReport[];
  /** rubricate time ÷ hand-written time (wall clock; each ran alone in its process). */
  slowerThanHandwritten: number | null;
  /** The same by CPU time. */
  slowerThanHandwrittenCpu: number | null;
  agree: boolean | null;
}

export async function cohortSection(n: number, log: (s: string) => void, limits: ChildLimits = DEFAULT_LIMITS): Promise<CohortSection> {
  const reports: CohortChildReport[] = [];
  for (const engine of ['handwritten', 'rubricate']) {
    log(`  cohort N=${count(n)} ${engine} …`);
    reports.push(await runChild(engine, n, limits));
  }
  const [hw, rb] = reports;
  const both = hw?.ok && rb?.ok;
  return {
    n,
    reports,
    slowerThanHandwritten: both ? rb!.ms! / hw!.ms! : null,
    slowerThanHandwrittenCpu: both ? rb!.cpuMs! / hw!.cpuMs! : null,
    agree: both ? hw!.digest === rb!.digest : null,
  };
}

export function cohortTable(c: CohortSection): string {
  const rows = c.reports.map((r) =>
    r.ok
      ? [
          r.engine,
          ms(r.ms!),
          ms(r.cpuMs!),
          mib(r.inputHeapBytes!),
          mib(r.maxRssBytes!),
          `${r.peakOverInput!.toFixed(2)}×`,
          r.digest!,
          String(r.errors),
        ]
      : [r.engine, '—', '—', '—', '—', '—', '—', '—'],
  );
  const notes = c.reports.filter((r) => !r.ok).map((r) => `- ${r.engine}: ${r.reason}`);
  const lines = [
    table(['engine', `wall, N=${count(c.n)}`, 'CPU time', 'input on heap', 'peak RSS', '(peak − base) / input', 'digest', 'errors'], rows),
  ];
  if (c.slowerThanHandwritten !== null) {
    lines.push(
      `rubricate vs hand-written: ${ratio(c.slowerThanHandwritten)} the wall time, ${ratio(c.slowerThanHandwrittenCpu!)} the CPU time; results ${c.agree ? 'identical (same digest)' : 'DIFFER'}`,
    );
  }
  if (c.reports[0]?.distribution) lines.push(`hand-written distribution: ${JSON.stringify(c.reports[0].distribution)}`);
  if (notes.length) lines.push('Notes:', ...notes);
  return lines.join('\n');
}
