/** Timing and formatting helpers shared by the sections of a run. */
import { performance } from 'node:perf_hooks';

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A collection, then a wait until the process is idle. After a full collection V8 sweeps the heap
 * on helper threads, and their CPU time is the process's: with a million subjects on the heap
 * that is 150–200 ms here, which would land on whatever is timed next (the same for every
 * engine, so it would shrink every ratio). Idle: under 2 ms of CPU in a 50 ms sleep; at most 5 s.
 */
export async function settle(): Promise<void> {
  gc();
  for (let i = 0; i < 100; i++) {
    const c0 = process.cpuUsage();
    await new Promise((r) => setTimeout(r, 50));
    const c = process.cpuUsage(c0);
    if (c.user + c.system < 2000) return;
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One timed run: wall-clock ms, and the process's CPU time (user + system, all threads) in ms. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/**
 * Runs `fn` `runs` times, each after `settle`. CPU time is kept beside wall time because the
 * machine is shared: other work stretches wall time far more than this process's CPU time.
 */
export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>): Promise<Timing[]> {
  const out: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    await settle();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const wallMs = performance.now() - t0;
    const c = process.cpuUsage(c0);
    out.push({ wallMs, cpuMs: (c.user + c.system) / 1000 });
  }
  return out;
}

/** A run of repeated passes: its timing and how many passes it made. */
export interface PassesTiming extends Timing {
  passes: number;
}

/**
 * After `settle`, repeats `pass` until at least `minMs` of wall time have gone by, so that every
 * engine is timed over runs of about the same length. (A pass count fixed from the first pass,
 * which includes compiling, gave fast engines runs of a few milliseconds, and a run that short
 * right after an idle wait is slowed by the idle wait itself.)
 */
export async function timePasses(minMs: number, pass: () => unknown | Promise<unknown>): Promise<PassesTiming> {
  await settle();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let passes = 0;
  let wallMs: number;
  do {
    await pass();
    passes++;
    wallMs = performance.now() - t0;
  } while (wallMs < minMs);
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000, passes };
}

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1234567 → "1,234,567". */
export function int(x: number): string {
  return nf.format(x);
}

/** A rate with 3 significant digits: 2,310,000 → "2.31 M", 6,020 → "6,020". */
export function rate(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toPrecision(3)} M`;
  return int(Math.round(x));
}

export function ratio(x: number): string {
  return x >= 100 ? `${int(x)}×` : `${x.toPrecision(3)}×`;
}

export function mib(bytes: number): string {
  return `${int(bytes / 2 ** 20)} MiB`;
}

export function ms(x: number): string {
  return x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${int(x)} ms`;
}

/** 10000 → "10k", 1000000 → "1M", 5200000 → "5.2M". */
export function count(n: number): string {
  if (n >= 1e6) return `${n / 1e6}M`;
  if (n >= 1e3) return `${n / 1e3}k`;
  return String(n);
}

/** A plain-text table with aligned columns (numbers right-aligned). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const isNum = header.map((_, i) => rows.every((r) => /^[\d.,\s×MkKi%sm—-]*$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (isNum[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
