import { Command, Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { messages, say } from '../i18n/messages.js';
import { errorLine } from '../format/errors.js';
import { levelLabel } from '../format/labels.js';
import { explainText } from '../format/trace.js';
import { CliFailure } from '../io/failure.js';
import type { Encoding } from '../io/read-text.js';
import { ExitCode, type Io } from '../io/types.js';
import { requireRubric } from '../rubric/load-rubric.js';
import { scoreCohort } from '../score/score-cohort.js';
import { loadSubjects } from '../subjects/load.js';
import { choice, encodingArg, encodingOption, formatOption, langArg, langOption } from './options.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export interface ExplainArgs {
  rubric: string;
  subjects: string;
  /** The subject to explain. */
  id: string;
  lang: Lang;
  /** `text` (default): the explanation for people; `json`: the subject's result as the core gives it. */
  format: 'text' | 'json';
  encoding: Encoding;
}

const FORMATS = ['text', 'json'] as const;

/** The commander definition of `explain`, with its help in `lang`. */
export function define(lang: Lang): Command {
  const m = messages(lang);
  return new Command('explain')
    .description(m.explainDescription)
    .argument('<rubric>', m.argRubric)
    .argument('<subjects>', m.argSubjects)
    .addOption(new Option('--id <id>', m.optId).makeOptionMandatory())
    .addOption(formatOption(m.optFormatExplain))
    .addOption(langOption(lang))
    .addOption(encodingOption(lang))
    .addHelpText('after', `\n${m.helpExitCodes}`);
}

/** Checks what commander parsed; a bad option value is a `CliFailure` (exit 2). */
export function toArgs({ operands, options }: Parsed, lang: Lang): ExplainArgs {
  return {
    rubric: operands[0]!,
    subjects: operands[1]!,
    id: String(options.id),
    lang: options.lang === undefined ? lang : langArg(options.lang),
    format: choice('--format', options.format, FORMATS, 'text'),
    encoding: encodingArg(options.encoding),
  };
}

/** The id of a subject as read, when it has one. */
function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : undefined;
}

/**
 * Explains one subject. The whole cohort is scored first, so that quota moves and ranks, which
 * depend on the other subjects, appear in the explanation. An id not in the file: exit 2; a subject
 * that could not be scored: its errors, exit 3.
 */
export function run(args: ExplainArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const m = messages(args.lang);
    const prepared = await requireRubric(io, args.rubric);
    const rubric = prepared.rubric;
    const loaded = await loadSubjects(io, args.subjects, rubric, args.encoding);
    if (loaded.notice) io.stderr(`${loaded.notice[args.lang]}\n`);
    const scored = scoreCohort(prepared, loaded);
    const result = scored.cohort.results.find((r) => r.id === args.id);
    if (result !== undefined) {
      if (args.format === 'json') {
        const { rubric: ref, ...rest } = result;
        io.stdout(`${JSON.stringify({ rubric: ref, result: { ...rest, levelLabel: levelLabel(rubric, result.level, args.lang) } }, null, 2)}\n`);
      } else io.stdout(explainText(result, scored.cohort, rubric, args.lang));
      return ExitCode.ok;
    }
    const errors = scored.errors.filter((e) => e.id === args.id);
    if (errors.length > 0) {
      io.stderr(`${m.subjectHasErrors(args.id)}\n`);
      for (const error of errors) io.stderr(`  ${errorLine(error, args.lang)}\n`);
      return ExitCode.subjectErrors;
    }
    // Present in the file but refused without an id match (e.g. a duplicate): still not explainable.
    const present = loaded.subjects.some((s) => idOf(s.value) === args.id);
    if (present) {
      io.stderr(`${m.subjectHasErrors(args.id)}\n`);
      return ExitCode.subjectErrors;
    }
    throw new CliFailure(ExitCode.usage, [say('unknownId', args.id, args.subjects)]);
  });
}

export const explainCommand: CommandModule<ExplainArgs> = { name: 'explain', define, toArgs, run };
