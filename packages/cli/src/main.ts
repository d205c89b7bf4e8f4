import { CommanderError, type Command } from 'commander';
import { commands } from './commands/index.js';
import { scanLang, type Lang } from './i18n/lang.js';
import { messages, say } from './i18n/messages.js';
import type { Bilingual } from './i18n/text.js';
import { CliFailure } from './io/failure.js';
import { ExitCode, type Io } from './io/types.js';
import { DEFAULT_HELP_WIDTH, defineProgram } from './program.js';

export interface MainOptions {
  /** Environment variables (`RUBRICATE_LANG`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Width at which help wraps (the terminal's columns). */
  helpWidth?: number;
}

/** The first quoted word of a commander message: `'--foo'` in "error: unknown option '--foo'". */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

/** Commander reports in English; this says the same in both languages. */
function translate(error: CommanderError): Bilingual {
  const word = quoted(error.message);
  switch (error.code) {
    case 'commander.unknownCommand':
      return say('unknownCommand', word);
    case 'commander.unknownOption':
      return say('unknownOption', word);
    case 'commander.missingArgument':
      return say('missingArgument', word);
    case 'commander.optionMissingArgument':
      return say('missingOptionValue', word.split(' ')[0] ?? word);
    case 'commander.missingMandatoryOptionValue':
      return say('missingMandatoryOption', word.split(' ')[0] ?? word);
    case 'commander.excessArguments':
      return say('excessArguments', word);
    default:
      return { zh: error.message, en: error.message };
  }
}

/** The command named in argv, for "run rubricate <command> --help". */
function commandIn(argv: readonly string[]): string {
  const name = argv.find((arg) => commands.some((c) => c.name === arg));
  return name === undefined ? '' : `${name} `;
}

/**
 * Runs `rubricate` with the arguments after the program name, and resolves to the exit code:
 * 0 done, 1 invalid rubric, 2 unusable arguments or files, 3 some subjects had errors.
 */
export async function main(argv: readonly string[], io: Io, options: MainOptions = {}): Promise<ExitCode> {
  const scanned = scanLang(argv, options.env ?? {});
  if (typeof scanned !== 'string') {
    const message = say('invalidLang', scanned.invalid);
    io.stderr(`${messages('zh').errorPrefix}${message.zh}\n${messages('en').errorPrefix}${message.en}\n`);
    return ExitCode.usage;
  }
  const lang: Lang = scanned;
  const program = defineProgram(lang, options.helpWidth ?? DEFAULT_HELP_WIDTH);
  program.exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    // Commander's own error lines are English only; `translate` reports them instead.
    outputError: () => {},
  });

  let exitCode: ExitCode = ExitCode.ok;
  for (const module of commands) {
    const sub = program.commands.find((c) => c.name() === module.name)!;
    sub.copyInheritedSettings(program);
    sub.action(async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      let args: unknown;
      try {
        args = module.toArgs({ operands: cmd.processedArgs as string[], options: cmd.opts() }, lang);
      } catch (error) {
        if (!(error instanceof CliFailure)) throw error;
        const m = messages(lang);
        for (const message of error.messages) io.stderr(`${m.errorPrefix}${message[lang]}\n`);
        io.stderr(`${m.seeHelp(`${module.name} `)}\n`);
        exitCode = error.exitCode;
        return;
      }
      exitCode = await module.run(args, io);
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    // `rubricate` alone: commander has printed the help on standard error.
    if (error.code === 'commander.help') return ExitCode.usage;
    const m = messages(lang);
    io.stderr(`${m.errorPrefix}${translate(error)[lang]}\n${m.seeHelp(commandIn(argv))}\n`);
    return ExitCode.usage;
  }
}
