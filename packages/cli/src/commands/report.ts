import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import type { ExitCode, Io } from '../io/types.js';

/**
 * Runs a command body, turning a `CliFailure` (unreadable file, bad argument) into its message on
 * standard error and its exit code. Anything else is a bug and propagates.
 */
export async function guarded(io: Io, lang: Lang, body: () => Promise<ExitCode>): Promise<ExitCode> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    const prefix = messages(lang).errorPrefix;
    for (const message of error.messages) io.stderr(`${prefix}${message[lang]}\n`);
    return error.exitCode;
  }
}
