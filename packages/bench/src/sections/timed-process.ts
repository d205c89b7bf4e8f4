/** Runs a command to completion and reports its wall time and peak RSS (via GNU time when present). */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ProcessRun {
  code: number | null;
  ms: number;
  /** Peak resident set size in bytes, when /usr/bin/time is available. */
  maxRssBytes: number | null;
  /** User + system CPU time in ms, when /usr/bin/time is available. */
  cpuMs: number | null;
  stderr: string;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

export function timedProcess(cmd: string, args: readonly string[], cwd?: string): Promise<ProcessRun> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, [...args]];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const statusMatch = /Exit status: (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        code: statusMatch ? Number(statusMatch[1]) : code,
        ms,
        maxRssBytes: m ? Number(m[1]) * 1024 : null,
        cpuMs: user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null,
        stderr: useTime ? stderr.split('\n\tCommand being timed')[0]! : stderr,
        stdout,
      });
    });
  });
}
