import { Command } from 'commander';
import type { PreparedRubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages, say } from '../i18n/messages.js';
import { errorLine } from '../format/errors.js';
import { scoreCsv } from '../format/csv.js';
import { scoreJson } from '../format/json.js';
import { scoreTable } from '../format/table.js';
import { CliFailure } from '../io/failure.js';
import type { Encoding } from '../io/read-text.js';
import { ExitCode, type Io } from '../io/types.js';
import { requireRubric } from '../rubric/load-rubric.js';
import { scoreCohort, summariseCohort } from '../score/score-cohort.js';
import { loadSubjects } from '../subjects/load.js';
import type { LoadedSubjects, ReportedError } from '../subjects/types.js';
import { scoreNdjson } from '../stream/render.js';
import { scoreStreaming } from '../stream/score-stream.js';
import { streamable, workersArg } from '../stream/choose.js';
import { streamText } from '../stream/messages.js';
import { choice, encodingArg, encodingOption, formatOption, langArg, langOption } from './options.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export type ScoreFormat = 'table' | 'json' | 'csv' | 'ndjson';

/** When to read the subjects file as a stream (see `src/stream/`). */
export type StreamMode = 'auto' | 'always' | 'never';

export interface ScoreArgs {
  rubric: string;
  subjects: string;
  format: ScoreFormat;
  lang: Lang;
  /** Write the output here instead of standard output. */
  out?: string;
  encoding: Encoding;
  /** Streaming for NDJSON, CSV and JSON-array files with csv or ndjson output (default auto: large files). */
  stream?: StreamMode;
  /** Worker threads for the scoring pass of a streamed cohort (default 1). */
  workers?: number;
}

const FORMATS: readonly ScoreFormat[] = ['table', 'json', 'csv', 'ndjson'];
const STREAM_MODES: readonly StreamMode[] = ['auto', 'always', 'never'];

/** The commander definition of `score`, with its help in `lang`. */
export function define(lang: Lang): Command {
  const m = messages(lang);
  return new Command('score')
    .description(m.scoreDescription)
    .argument('<rubric>', m.argRubric)
    .argument('<subjects>', streamText('argSubjects', lang))
    .addOption(formatOption(streamText('optFormatScore', lang)))
    .addOption(langOption(lang))
    .option('--out <file>', m.optOut)
    .addOption(encodingOption(lang))
    .option('--stream <mode>', streamText('optStream', lang))
    .option('--workers <n>', streamText('optWorkers', lang))
    .addHelpText('after', `\n${m.helpCsv}\n\n${m.helpExitCodes}`);
}

/** Checks what commander parsed; a bad option value is a `CliFailure` (exit 2). */
export function toArgs({ operands, options }: Parsed, lang: Lang): ScoreArgs {
  const args: ScoreArgs = {
    rubric: operands[0]!,
    subjects: operands[1]!,
    format: choice('--format', options.format, FORMATS, 'table'),
    lang: options.lang === undefined ? lang : langArg(options.lang),
    encoding: encodingArg(options.encoding),
  };
  if (typeof options.out === 'string') args.out = options.out;
  if (options.stream !== undefined) args.stream = choice('--stream', options.stream, STREAM_MODES, 'auto');
  if (options.workers !== undefined) args.workers = workersArg(options.workers);
  return args;
}

/** Whether this run reads the subjects as a stream (see `streamable`). */
function streams(args: ScoreArgs): Promise<boolean> {
  return streamable({ subjects: args.subjects, format: args.format, encoding: args.encoding, mode: args.stream ?? 'auto' });
}

/** Writes the output to `--out` or standard output. A CSV file gets a BOM so that Excel reads it as UTF-8. */
export async function emit(io: Io, text: string, out: string | undefined, csv: boolean): Promise<void> {
  if (out === undefined) return io.stdout(text);
  try {
    await io.writeFile(out, csv ? `\uFEFF${text}` : text);
  } catch (error) {
    throw new CliFailure(ExitCode.usage, [say('fileUnwritable', out, error instanceof Error ? error.message : String(error))]);
  }
}

/**
 * Scores every subject of a file with a rubric. A subject with bad facts is reported and the rest
 * are still scored: exit 3 then, 0 when all were scored, 1 for an invalid rubric, 2 for unusable
 * arguments or files.
 */
export function run(args: ScoreArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const prepared = await requireRubric(io, args.rubric);
    const rubric = prepared.rubric;
    if (await streams(args)) {
      const streamed = await scoreStreaming(io, prepared, { subjects: args.subjects, format: args.format as 'csv' | 'ndjson', lang: args.lang, ...(args.out !== undefined ? { out: args.out } : {}), workers: args.workers ?? 1 });
      if (streamed !== 'read whole') return streamed;
    }
    const loaded = await loadSubjects(io, args.subjects, rubric, args.encoding);
    if (loaded.notice) io.stderr(`${loaded.notice[args.lang]}\n`);
    const { text, errors } = render(args.format, prepared, loaded, args.lang);
    await emit(io, text, args.out, args.format === 'csv');
    // The table and the JSON document carry the errors; a CSV of results has no place for them, and
    // output sent to a file would leave the terminal silent about them.
    if (args.format === 'csv' || args.out !== undefined) {
      for (const error of errors) io.stderr(`${messages(args.lang).errorPrefix}${errorLine(error, args.lang)}\n`);
    }
    return errors.length > 0 ? ExitCode.subjectErrors : ExitCode.ok;
  });
}

/**
 * The output of a cohort read whole. The table and the CSV show no explanations, so they are built
 * from the cohort's summaries (one pass, no trace); JSON and NDJSON carry the full results.
 */
function render(format: ScoreFormat, prepared: PreparedRubric, loaded: LoadedSubjects, lang: Lang): { text: string; errors: ReportedError[] } {
  const rubric = prepared.rubric;
  if (format === 'table' || format === 'csv') {
    const scored = summariseCohort(prepared, loaded);
    return { text: (format === 'csv' ? scoreCsv : scoreTable)(scored, rubric, lang), errors: scored.errors };
  }
  const scored = scoreCohort(prepared, loaded);
  return { text: (format === 'json' ? scoreJson : scoreNdjson)(scored, rubric, lang), errors: scored.errors };
}

export const scoreCommand: CommandModule<ScoreArgs> = { name: 'score', define, toArgs, run };
