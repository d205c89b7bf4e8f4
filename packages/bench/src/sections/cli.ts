/**
 * The CLI end to end on a generated file (JSON array and CSV) against a plain Node script that
 * reads the same file, scores the cohort by hand and writes the same CSV table; then a streaming
 * run of millions of subjects when the CLI streams.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeSubjects, type DataFormat } from '../data.js';
import { ANYANG_RUBRIC_PATH, CLI_BIN, REPO_ROOT } from '../fixture.js';
import { count, mib, median, ms, ratio, table } from '../measure.js';
import { timedProcess, type ProcessRun } from './timed-process.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Bundles the plain script into one .mjs so that it starts as a plain Node script. */
export async function bundlePlainScript(dir: string): Promise<string> {
  const outfile = join(dir, 'score-file.mjs');
  await build({
    entryPoints: [join(HERE, '..', 'plain', 'score-file.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export interface CliRow {
  input: string;
  n: number;
  fileBytes: number;
  plain: Summary | null;
  cli: Summary | null;
  /** CLI time ÷ plain script time (wall clock, median runs). */
  slowerThanPlain: number | null;
  /** The same by CPU time. */
  slowerThanPlainCpu: number | null;
  agree: boolean | null;
  note?: string;
}

/** id → "score,level,band_level" from a score CSV (ours or the CLI's). */
function keyColumns(file: string): Map<string, string> {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
  const header = lines[0]!.split(',');
  const [id, score, level, band] = ['id', 'score', 'level', 'band_level'].map((h) => header.indexOf(h));
  const out = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const c = lines[i]!.split(',');
    out.set(c[id!]!, `${Number(c[score!])},${c[level!]},${c[band!]}`);
  }
  return out;
}

function sameResults(a: string, b: string): { agree: boolean; detail?: string } {
  const x = keyColumns(a);
  const y = keyColumns(b);
  if (x.size !== y.size) return { agree: false, detail: `${x.size} rows vs ${y.size}` };
  for (const [k, v] of x) {
    if (y.get(k) !== v) return { agree: false, detail: `${k}: plain ${v}, CLI ${y.get(k)}` };
  }
  return { agree: true };
}

/** Newest modification time under a directory (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The CLI runs from its build (bin → dist, and @rubricate/core's dist). A missing build makes the
 * section unavailable; a build older than its source is run but flagged in `stale`.
 */
export function cliAvailable(): { ok: true; stale: string[] } | { ok: false; reason: string } {
  if (!existsSync(CLI_BIN)) return { ok: false, reason: 'packages/cli/bin/rubricate.js does not exist yet' };
  const stale: string[] = [];
  for (const pkg of ['core', 'cli']) {
    const root = join(REPO_ROOT, 'packages', pkg);
    const built = newest(join(root, 'dist'));
    if (built === 0) return { ok: false, reason: `packages/${pkg}/dist is missing (run \`pnpm bench -- --build\` or \`pnpm build\`)` };
    if (newest(join(root, 'src')) > built) stale.push(`packages/${pkg}/dist is older than its src`);
  }
  return { ok: true, stale };
}

/** Builds the core and the CLI so that the CLI section measures the code in the tree. */
export function buildCli(log: (s: string) => void): boolean {
  log('  building @rubricate/core and @rubricate/cli …');
  const r = spawnSync('pnpm', ['--filter', '@rubricate/core', '--filter', '@rubricate/cli', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) log(`  build failed: ${String(r.stderr).trim().split('\n').slice(-5).join(' | ')}`);
  return r.status === 0;
}

async function medianRun(runs: number, f: () => Promise<ProcessRun>): Promise<ProcessRun[]> {
  const out: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await f());
  return out;
}

interface Summary {
  ms: number;
  cpuMs: number | null;
  maxRssBytes: number | null;
}

function summarise(rs: ProcessRun[]): Summary {
  const rss = rs.map((r) => r.maxRssBytes).filter((x): x is number => x !== null);
  const cpu = rs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
  return { ms: median(rs.map((r) => r.ms)), cpuMs: cpu.length ? median(cpu) : null, maxRssBytes: rss.length ? Math.max(...rss) : null };
}

export async function cliSection(dir: string, n: number, runs: number, log: (s: string) => void): Promise<CliRow[]> {
  const plainScript = await bundlePlainScript(dir);
  const available = cliAvailable();
  const rows: CliRow[] = [];
  for (const format of ['json', 'csv'] as const) {
    const input = join(dir, `subjects-${count(n)}.${format}`);
    if (!existsSync(input)) await writeSubjects(input, format, n);
    const fileBytes = statSync(input).size;
    const plainOut = join(dir, `plain-${format}.csv`);
    const cliOut = join(dir, `cli-${format}.csv`);
    log(`  CLI section: ${format} ${count(n)} plain script …`);
    const plainRuns = await medianRun(runs, () => timedProcess(process.execPath, [plainScript, ANYANG_RUBRIC_PATH, input, plainOut]));
    const bad = plainRuns.find((r) => r.code !== 0);
    const row: CliRow = { input: format.toUpperCase(), n, fileBytes, plain: bad ? null : summarise(plainRuns), cli: null, slowerThanPlain: null, slowerThanPlainCpu: null, agree: null };
    if (bad) row.note = `plain script failed: ${bad.stderr.trim().slice(0, 300)}`;
    if (!available.ok) {
      row.note = `CLI not available: ${available.reason}`;
    } else {
      if (available.stale.length) row.note = `measured an old build: ${available.stale.join('; ')}`;
      log(`  CLI section: ${format} ${count(n)} rubricate score …`);
      const cliRuns = await medianRun(runs, () =>
        timedProcess(process.execPath, [CLI_BIN, 'score', ANYANG_RUBRIC_PATH, input, '--format', 'csv', '--out', cliOut]),
      );
      const failed = cliRuns.find((r) => r.code !== 0);
      if (failed) {
        const lines = failed.stderr.trim().split('\n');
        const key = lines.find((l) => /Error|错误|error/.test(l)) ?? lines[0];
        row.note = `CLI exited ${failed.code}: ${key?.trim().slice(0, 400)}`;
      } else {
        row.cli = summarise(cliRuns);
        if (row.plain) {
          row.slowerThanPlain = row.cli.ms / row.plain.ms;
          if (row.cli.cpuMs && row.plain.cpuMs) row.slowerThanPlainCpu = row.cli.cpuMs / row.plain.cpuMs;
          const same = sameResults(plainOut, cliOut);
          row.agree = same.agree;
          if (!same.agree) row.note = `outputs differ: ${same.detail}`;
        }
      }
    }
    rows.push(row);
    rmSync(plainOut, { force: true });
    rmSync(cliOut, { force: true });
  }
  return rows;
}

export function cliTable(rows: readonly CliRow[]): string {
  const body = rows.map((r) => [
    `${r.input} ${count(r.n)} (${mib(r.fileBytes)})`,
    r.plain ? `${ms(r.plain.ms)} / ${r.plain.cpuMs ? ms(r.plain.cpuMs) : '—'}` : '—',
    r.plain?.maxRssBytes ? mib(r.plain.maxRssBytes) : '—',
    r.cli ? `${ms(r.cli.ms)} / ${r.cli.cpuMs ? ms(r.cli.cpuMs) : '—'}` : '—',
    r.cli?.maxRssBytes ? mib(r.cli.maxRssBytes) : '—',
    r.slowerThanPlain === null ? '—' : `${ratio(r.slowerThanPlain)} / ${r.slowerThanPlainCpu === null ? '—' : ratio(r.slowerThanPlainCpu)}`,
    r.agree === null ? '—' : r.agree ? 'same' : 'DIFFER',
  ]);
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.input}: ${r.note}`);
  return [
    table(['input', 'plain script (wall / CPU)', 'plain peak RSS', 'rubricate score (wall / CPU)', 'CLI peak RSS', 'CLI vs plain (wall / CPU)', 'id/score/level'], body),
    ...(notes.length ? ['Notes:', ...notes] : []),
  ].join('\n');
}

export interface StreamResult {
  available: boolean;
  note: string;
  n?: number;
  format?: DataFormat;
  fileBytes?: number;
  ms?: number;
  maxRssBytes?: number | null;
}

/**
 * Streaming is detected from `rubricate score --help`: it must mention NDJSON or streaming. Until
 * it does, the result says so instead of guessing.
 */
export async function streamSection(dir: string, n: number, log: (s: string) => void): Promise<StreamResult> {
  const available = cliAvailable();
  if (!available.ok) return { available: false, note: `not available: ${available.reason}` };
  const help = await timedProcess(process.execPath, [CLI_BIN, 'score', '--help']);
  const text = help.stdout + help.stderr;
  const ndjson = /ndjson|jsonl/i.test(text);
  const streams = /stream/i.test(text);
  if (!ndjson && !streams) return { available: false, note: 'not available: `rubricate score --help` mentions no streaming or NDJSON input yet' };
  const format: DataFormat = ndjson ? 'ndjson' : 'csv';
  const input = join(dir, `stream-${count(n)}.${format}`);
  log(`  streaming: writing ${count(n)} subjects as ${format} …`);
  const fileBytes = await writeSubjects(input, format, n);
  log(`  streaming: rubricate score …`);
  const out = join(dir, 'stream-out.csv');
  const r = await timedProcess(process.execPath, [CLI_BIN, 'score', ANYANG_RUBRIC_PATH, input, '--format', 'csv', '--out', out]);
  rmSync(input, { force: true });
  rmSync(out, { force: true });
  if (r.code !== 0) return { available: true, note: `CLI exited ${r.code}: ${r.stderr.trim().slice(0, 400)}`, n, format, fileBytes };
  return { available: true, note: 'ok', n, format, fileBytes, ms: r.ms, maxRssBytes: r.maxRssBytes };
}
