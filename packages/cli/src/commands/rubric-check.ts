import { Command } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { choice, formatOption, langArg, langOption } from './options.js';
import type { Parsed } from './types.js';

/** What `validate` and `lint` take: one rubric file, the language, text or JSON output. */
export interface RubricCheckArgs {
  /** Path of the rubric file. */
  rubric: string;
  lang: Lang;
  format: 'text' | 'json';
}

const FORMATS = ['text', 'json'] as const;

/** The commander definition shared by `validate` and `lint`, with its help in `lang`. */
export function defineRubricCheck(name: 'validate' | 'lint', description: string, lang: Lang): Command {
  const m = messages(lang);
  return new Command(name)
    .description(description)
    .argument('<rubric>', m.argRubric)
    .addOption(formatOption(m.optFormatValidate))
    .addOption(langOption(lang))
    .addHelpText('after', `\n${m.helpExitCodes}`);
}

/** Checks what commander parsed; a bad option value is a `CliFailure` (exit 2). */
export function rubricCheckArgs({ operands, options }: Parsed, lang: Lang): RubricCheckArgs {
  return {
    rubric: operands[0]!,
    lang: options.lang === undefined ? lang : langArg(options.lang),
    format: choice('--format', options.format, FORMATS, 'text'),
  };
}
