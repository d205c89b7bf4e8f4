import type { Command } from 'commander';
import { rubricHash } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { pick } from '../i18n/text.js';
import { issueJson, issueLine } from '../format/issues.js';
import { ExitCode, type Io } from '../io/types.js';
import { checkRubric } from '../rubric/load-rubric.js';
import { defineRubricCheck, rubricCheckArgs, type RubricCheckArgs } from './rubric-check.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export type ValidateArgs = RubricCheckArgs;

/** The commander definition of `validate`, with its help in `lang`. */
export function define(lang: Lang): Command {
  return defineRubricCheck('validate', messages(lang).validateDescription, lang);
}

/** Checks what commander parsed; a bad option value is a `CliFailure` (exit 2). */
export function toArgs(parsed: Parsed, lang: Lang): ValidateArgs {
  return rubricCheckArgs(parsed, lang);
}

/**
 * Checks a rubric file. Valid: one OK line (then any warnings) or `{ "ok": true, … }`, exit 0. Invalid: every problem
 * on its own line with its JSON path (a syntax error with its line and column), exit 1.
 */
export function run(args: ValidateArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const m = messages(args.lang);
    const checked = await checkRubric(io, args.rubric);
    if (args.format === 'json') {
      const document = checked.ok
        ? {
            ok: true,
            rubric: { id: checked.rubric.id, version: checked.rubric.version, hash: rubricHash(checked.rubric) },
            issues: checked.issues.map((i) => issueJson(i, args.lang)),
          }
        : { ok: false, issues: checked.issues.map((i) => issueJson(i, args.lang)) };
      io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    } else if (checked.ok) {
      io.stdout(`${m.validateOk(pick(checked.rubric.title, args.lang), checked.rubric.id, checked.rubric.version)}\n`);
      // Warnings found while validating; `lint` reports these and more.
      for (const issue of checked.issues) io.stdout(`${issueLine(issue, args.rubric, args.lang)}\n`);
    } else {
      for (const issue of checked.issues) io.stdout(`${issueLine(issue, args.rubric, args.lang)}\n`);
      io.stderr(`${m.validateFailed(checked.issues.length)}\n`);
    }
    return checked.ok ? ExitCode.ok : ExitCode.invalidRubric;
  });
}

export const validateCommand: CommandModule<ValidateArgs> = { name: 'validate', define, toArgs, run };
