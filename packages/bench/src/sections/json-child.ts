/**
 * A child process of the benchmark (`node --expose-gc --import tsx <script> …`) whose last line of
 * stdout is its result as JSON. Used for the sections that must not share a process with the
 * parent: cohorts (their peak memory is their own) and single engines timed alone.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The bench package's folder, where the children run (tsx and the scripts' imports resolve there). */
const BENCH_ROOT = join(HERE, '..', '..');

export interface JsonChildOptions {
  /** Node flags before `--import tsx` (besides `--expose-gc`), e.g. a heap limit. */
  nodeFlags?: readonly string[];
  /** The evaluator bundled once by the parent (see bundleEvaluator), so children neither rebuild nor differ. */
  coreBundle?: string;
  /** Stop the child (SIGKILL) after this long. */
  timeoutMs?: number;
  /** Each line the child writes to stderr, as it comes. */
  onStderrLine?: (line: string) => void;
}

export type JsonChildResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: number | null; signal: NodeJS.Signals | null; timedOut: boolean; stderr: string };

export function runJsonChild<T>(script: string, args: readonly string[], o: JsonChildOptions = {}): Promise<JsonChildResult<T>> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', ...(o.nodeFlags ?? []), '--import', 'tsx', script, ...args], {
      cwd: BENCH_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: o.coreBundle ? { ...process.env, RUBRICATE_BENCH_CORE_BUNDLE: o.coreBundle } : process.env,
    });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = o.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d: Buffer) => {
      err += d;
      if (o.onStderrLine) for (const line of d.toString().split('\n')) if (line.trim()) o.onStderrLine(line);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      try {
        resolve({ ok: true, value: JSON.parse(out.trim().split('\n').pop() ?? '') as T });
      } catch {
        resolve({ ok: false, code, signal, timedOut, stderr: err });
      }
    });
  });
}

/** The last lines of a failed child's stderr, on one line. */
export function stderrTail(stderr: string): string {
  return stderr.trim().split('\n').slice(-3).join(' | ');
}
