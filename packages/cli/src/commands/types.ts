import type { Command } from 'commander';
import type { Lang } from '../i18n/lang.js';
import type { ExitCode, Io } from '../io/types.js';

/** What commander hands an action: the positional arguments and the options object. */
export interface Parsed {
  operands: string[];
  options: Record<string, unknown>;
}

/**
 * One `rubricate` command. The definition (arguments, options, help) is commander's; turning what
 * commander parsed into typed arguments and running them are plain functions, so tests call `run`
 * directly with an in-memory {@link Io}.
 */
export interface CommandModule<Args = unknown> {
  name: string;
  /** The commander definition, with help in `lang`. No action: the program attaches it. */
  define(lang: Lang): Command;
  /** Checks what commander parsed; throws a `CliFailure` (exit 2) for an unusable value. */
  toArgs(parsed: Parsed, lang: Lang): Args;
  /** Runs the command; resolves to the exit code. Never throws for bad input. */
  run(args: Args, io: Io): Promise<ExitCode>;
}

/** Erases the argument type, for the list of commands. */
export function command<Args>(module: CommandModule<Args>): CommandModule<unknown> {
  return module as CommandModule<unknown>;
}
