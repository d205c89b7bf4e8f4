import type { Bilingual } from '../i18n/text.js';
import type { ExitCode } from './types.js';

/**
 * A problem that stops a command before it produces a result: an unreadable file, a bad argument,
 * an invalid rubric. Carries its exit code and its message in both languages.
 */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly messages: Bilingual[],
  ) {
    super(messages.map((m) => m.en).join('\n'));
    this.name = 'CliFailure';
  }
}
