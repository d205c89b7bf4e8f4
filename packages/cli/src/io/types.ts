/**
 * Everything a command does to the outside world. Commands receive it as an argument, so tests run
 * them in memory and the binary hands them the real file system and console.
 */
export interface Io {
  /** The bytes of a file; rejects with a Node-style error (`code: 'ENOENT'` …) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a file (for `--out`). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Writes text to standard output, as given (callers add newlines). */
  stdout(text: string): void;
  /** Writes text to standard error, as given. */
  stderr(text: string): void;
}

/** The process exit codes, a contract other tools rely on. */
export const ExitCode = {
  /** Everything done. */
  ok: 0,
  /** The rubric is invalid. */
  invalidRubric: 1,
  /** Unusable arguments or unreadable files. */
  usage: 2,
  /** Some subjects had errors; the others were scored. */
  subjectErrors: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
