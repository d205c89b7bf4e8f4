import { Command, Option } from 'commander';
import { CompileScorerError, compileScorerSource } from '@rubricate/core/compile';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode, type Io } from '../io/types.js';
import { requireRubric } from '../rubric/load-rubric.js';
import { langArg, langOption } from './options.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export interface CompileArgs {
  rubric: string;
  /** The module's file; standard output without it. */
  out?: string;
  /** Where the module imports the core's link from. */
  runtime?: string;
  lang: Lang;
}

const WORDS = {
  zh: {
    description: '把评分细则预先写成 JavaScript 评分模块（ES 模块，导出 createScorer 和 createCohortScorer），供大批量评分；结果与 @rubricate/core 相同',
    optOut: '写入的模块文件（默认输出到标准输出）',
    optRuntime: '模块从何处导入 @rubricate/core 的连接函数（默认 @rubricate/core/compile）',
    written: (file: string, rubric: string) => `已写入 ${file}：${rubric} 的评分模块。`,
    usage: '用法：import { createScorer } from 该文件；createScorer(prepareRubric(评分细则)) 返回与 createLeanScorer 相同结果的评分函数。',
    unwritable: (file: string, why: string) => `无法写入 ${file}：${why}`,
  },
  en: {
    description: "Write the rubric's scorer out ahead of time as a JavaScript module (ESM exporting createScorer and createCohortScorer) for scoring large cohorts; the results are @rubricate/core's",
    optOut: "the module's file (standard output without it)",
    optRuntime: 'where the module imports its link to @rubricate/core from (default @rubricate/core/compile)',
    written: (file: string, rubric: string) => `Wrote ${file}: the scorer module of ${rubric}.`,
    usage: 'Use: import { createScorer } from that file; createScorer(prepareRubric(rubric)) returns a scorer with the same results as createLeanScorer.',
    unwritable: (file: string, why: string) => `Cannot write ${file}: ${why}`,
  },
} as const;

export function define(lang: Lang): Command {
  const w = WORDS[lang];
  return new Command('compile')
    .description(w.description)
    .argument('<rubric>', messages(lang).argRubric)
    .addOption(new Option('-o, --out <file>', w.optOut))
    .addOption(new Option('--runtime <specifier>', w.optRuntime))
    .addOption(langOption(lang))
    .addHelpText('after', `\n${messages(lang).helpExitCodes}`);
}

export function toArgs({ operands, options }: Parsed, lang: Lang): CompileArgs {
  const args: CompileArgs = { rubric: operands[0]!, lang: options.lang === undefined ? lang : langArg(options.lang) };
  if (typeof options.out === 'string') args.out = options.out;
  if (typeof options.runtime === 'string') args.runtime = options.runtime;
  return args;
}

/**
 * Writes the scorer module of a valid rubric. Exit 0 when written, 1 for an invalid rubric, 2 for
 * an unwritable file or a rubric that has no compiled scorer (asynchronous facts).
 */
export function run(args: CompileArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const prepared = await requireRubric(io, args.rubric);
    let source: string;
    try {
      source = compileScorerSource(prepared, args.runtime === undefined ? {} : { runtime: args.runtime });
    } catch (error) {
      if (error instanceof CompileScorerError) throw new CliFailure(ExitCode.usage, [{ zh: error.zh, en: error.en }]);
      throw error;
    }
    if (args.out === undefined) {
      io.stdout(source);
      return ExitCode.ok;
    }
    try {
      await io.writeFile(args.out, source);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new CliFailure(ExitCode.usage, [{ zh: WORDS.zh.unwritable(args.out, why), en: WORDS.en.unwritable(args.out, why) }]);
    }
    const w = WORDS[args.lang];
    io.stdout(`${w.written(args.out, `${prepared.ref.id}@${prepared.ref.version}`)}\n${w.usage}\n`);
    return ExitCode.ok;
  });
}

export const compileCommand: CommandModule<CompileArgs> = { name: 'compile', define, toArgs, run };
