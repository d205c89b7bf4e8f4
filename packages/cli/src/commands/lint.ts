import type { Command } from 'commander';
import { lintRubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { issueJson, issueLine } from '../format/issues.js';
import { ExitCode, type Io } from '../io/types.js';
import { checkRubric } from '../rubric/load-rubric.js';
import { defineRubricCheck, rubricCheckArgs, type RubricCheckArgs } from './rubric-check.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export type LintArgs = RubricCheckArgs;

/** The commander definition of `lint`, with its help in `lang`. */
export function define(lang: Lang): Command {
  return defineRubricCheck('lint', messages(lang).lintDescription, lang);
}

/** Checks what commander parsed; a bad option value is a `CliFailure` (exit 2). */
export function toArgs(parsed: Parsed, lang: Lang): LintArgs {
  return rubricCheckArgs(parsed, lang);
}

/**
 * Lints a rubric: each warning on its own line with its JSON path, exit 0 (warnings never fail).
 * An invalid rubric is reported as by `validate`, exit 1.
 */
export function run(args: LintArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const m = messages(args.lang);
    const checked = await checkRubric(io, args.rubric);
    const issues = checked.ok ? [...checked.issues, ...lintRubric(checked.rubric)] : checked.issues;
    if (args.format === 'json') {
      io.stdout(`${JSON.stringify({ ok: checked.ok, issues: issues.map((i) => issueJson(i, args.lang)) }, null, 2)}\n`);
    } else {
      for (const issue of issues) io.stdout(`${issueLine(issue, args.rubric, args.lang)}\n`);
      if (!checked.ok) io.stderr(`${m.validateFailed(issues.length)}\n`);
      else if (issues.length === 0) io.stdout(`${m.lintClean(checked.rubric.id, checked.rubric.version)}\n`);
      else io.stderr(`${m.lintSummary(issues.length)}\n`);
    }
    return checked.ok ? ExitCode.ok : ExitCode.invalidRubric;
  });
}

export const lintCommand: CommandModule<LintArgs> = { name: 'lint', define, toArgs, run };
