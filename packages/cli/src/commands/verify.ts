import { Command, Option } from 'commander';
import { parseJson, type PreparedRubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { Bilingual } from '../i18n/text.js';
import { errorLine } from '../format/errors.js';
import { levelLabel } from '../format/labels.js';
import { CliFailure } from '../io/failure.js';
import { MAX_FILE_BYTES, readText, type Encoding } from '../io/read-text.js';
import { ExitCode, type Io } from '../io/types.js';
import { jsonSyntaxFailure } from '../rubric/json-failure.js';
import { requireRubric } from '../rubric/load-rubric.js';
import { scoreCohort } from '../score/score-cohort.js';
import { loadSubjects } from '../subjects/load.js';
import { choice, encodingArg, encodingOption, formatOption, langArg, langOption } from './options.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export interface VerifyArgs {
  rubric: string;
  /** The output of `rubricate score --format json`. */
  results: string;
  /** The subjects the results were computed from, to score again. */
  subjects?: string;
  format: 'text' | 'json';
  lang: Lang;
  encoding: Encoding;
}

const FORMATS = ['text', 'json'] as const;

/** One subject's recorded result, as `score --format json` writes it. */
interface Recorded {
  id: string;
  score: number;
  level: string | null;
}

/** A disagreement between the results file and the rubric (and subjects). */
export interface Difference {
  /** The subject id; absent for the rubric itself. */
  id?: string;
  field: 'rubric' | 'score' | 'level' | 'missing' | 'extra' | 'error';
  recorded: unknown;
  recomputed: unknown;
  message: Bilingual;
}

const WORDS = {
  zh: {
    description: '核对评分结果文件（score --format json 的输出）是否由该评分细则得出：内容指纹一致；给出评分对象时重新评分，逐个比对得分和等次',
    argResults: '评分结果文件（rubricate score --format json 的输出）',
    optSubjects: '当时评分所用的对象文件（JSON 或 CSV）：据此重新评分并逐个比对',
    optFormat: '输出格式：text（默认）或 json',
    notResults: (path: string) => `${path} 不是评分结果文件：应为 rubricate score --format json 的输出（含 rubric 和 results）`,
    badResult: (path: string, i: number) => `${path}：results[${i}] 缺少 id、score 或 level`,
    hash: (recorded: string, expected: string) => `评分细则指纹不一致：结果文件记录 ${recorded}，该评分细则为 ${expected}`,
    idVersion: (recorded: string, expected: string) => `评分细则不一致：结果文件记录 ${recorded}，该评分细则为 ${expected}`,
    score: (id: string, a: number, b: number) => `${id}：得分不一致，结果文件为 ${a}，重新评分为 ${b}`,
    level: (id: string, a: string, b: string) => `${id}：等次不一致，结果文件为 ${a}，重新评分为 ${b}`,
    missing: (id: string) => `${id}：对象文件中有此对象，结果文件中没有`,
    extra: (id: string) => `${id}：结果文件中有此对象，对象文件中没有或无法评分`,
    error: (line: string) => `重新评分出错：${line}`,
    hashOnly: '未给出 --subjects，只核对了评分细则指纹（结果文件不含录入事项，无法重新评分）。',
    ok: (n: number) => `核对一致：评分细则指纹相同${n > 0 ? `，${n} 个对象的得分和等次均相同` : ''}。`,
    failed: (n: number) => `发现 ${n} 处不一致。`,
  },
  en: {
    description: 'Check that a results file (the output of score --format json) came from this rubric: the content hash matches; with the subjects, score them again and compare each score and level',
    argResults: 'the results file (output of rubricate score --format json)',
    optSubjects: 'the subjects file the results were computed from (JSON or CSV): scored again and compared subject by subject',
    optFormat: 'output format: text (default) or json',
    notResults: (path: string) => `${path} is not a results file: expected the output of rubricate score --format json (with rubric and results)`,
    badResult: (path: string, i: number) => `${path}: results[${i}] lacks id, score or level`,
    hash: (recorded: string, expected: string) => `Rubric hash differs: the results say ${recorded}, this rubric is ${expected}`,
    idVersion: (recorded: string, expected: string) => `Rubric differs: the results say ${recorded}, this rubric is ${expected}`,
    score: (id: string, a: number, b: number) => `${id}: score differs: ${a} in the results, ${b} scored again`,
    level: (id: string, a: string, b: string) => `${id}: level differs: ${a} in the results, ${b} scored again`,
    missing: (id: string) => `${id}: in the subjects but not in the results`,
    extra: (id: string) => `${id}: in the results but not among the subjects scored again`,
    error: (line: string) => `Scoring again failed: ${line}`,
    hashOnly: 'No --subjects given: only the rubric hash was checked (results hold no facts to score again).',
    ok: (n: number) => `All match: same rubric hash${n > 0 ? `, same score and level for ${n} subjects` : ''}.`,
    failed: (n: number) => `${n} difference(s) found.`,
  },
} as const;

function both<A extends unknown[]>(key: { [K in keyof typeof WORDS.zh]: (typeof WORDS.zh)[K] extends (...a: A) => string ? K : never }[keyof typeof WORDS.zh], ...args: A): Bilingual {
  const call = (lang: Lang) => (WORDS[lang][key] as unknown as (...a: A) => string)(...args);
  return { zh: call('zh'), en: call('en') };
}

export function define(lang: Lang): Command {
  const w = WORDS[lang];
  return new Command('verify')
    .description(w.description)
    .argument('<rubric>', messages(lang).argRubric)
    .argument('<results>', w.argResults)
    .addOption(new Option('--subjects <file>', w.optSubjects))
    .addOption(formatOption(w.optFormat))
    .addOption(encodingOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', `\n${messages(lang).helpExitCodes}`);
}

export function toArgs({ operands, options }: Parsed, lang: Lang): VerifyArgs {
  const args: VerifyArgs = {
    rubric: operands[0]!,
    results: operands[1]!,
    format: choice('--format', options.format, FORMATS, 'text'),
    lang: options.lang === undefined ? lang : langArg(options.lang),
    encoding: encodingArg(options.encoding),
  };
  if (typeof options.subjects === 'string') args.subjects = options.subjects;
  return args;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a results file with the core's bounded parser and checks the fields verify relies on. */
async function readResults(io: Io, path: string): Promise<{ rubric: { id: string; version: string; hash: string }; results: Recorded[] }> {
  const { text } = await readText(io, path, 'utf8');
  const parsed = parseJson(text, { maxBytes: MAX_FILE_BYTES });
  if (!parsed.ok) throw jsonSyntaxFailure(ExitCode.usage, path, parsed.issue);
  const doc = parsed.value;
  const ref = isRecord(doc) ? doc['rubric'] : undefined;
  const list = isRecord(doc) ? doc['results'] : undefined;
  if (!isRecord(ref) || typeof ref['hash'] !== 'string' || typeof ref['id'] !== 'string' || typeof ref['version'] !== 'string' || !Array.isArray(list)) {
    throw new CliFailure(ExitCode.usage, [both('notResults', path)]);
  }
  const results = list.map((item: unknown, i): Recorded => {
    if (!isRecord(item) || typeof item['id'] !== 'string' || typeof item['score'] !== 'number' || !(typeof item['level'] === 'string' || item['level'] === null)) {
      throw new CliFailure(ExitCode.usage, [both('badResult', path, i)]);
    }
    return { id: item['id'], score: item['score'], level: item['level'] };
  });
  return { rubric: { id: ref['id'], version: ref['version'], hash: ref['hash'] }, results };
}

const byId = (a: Difference, b: Difference): number => ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0);

/** Scores the subjects again and compares each subject's score and level with the recorded ones. */
async function rescore(io: Io, args: VerifyArgs, prepared: PreparedRubric, recorded: readonly Recorded[]): Promise<{ differences: Difference[]; checked: number }> {
  const loaded = await loadSubjects(io, args.subjects!, prepared.rubric, args.encoding);
  if (loaded.notice) io.stderr(`${loaded.notice[args.lang]}\n`);
  const scored = scoreCohort(prepared, loaded);
  const now = new Map(scored.cohort.results.map((r) => [r.id, r]));
  const before = new Map(recorded.map((r) => [r.id, r]));
  const rubric = prepared.rubric;
  const differences: Difference[] = [];
  let checked = 0;
  for (const [id, a] of before) {
    const b = now.get(id);
    if (!b) {
      differences.push({ id, field: 'extra', recorded: a, recomputed: null, message: both('extra', id) });
      continue;
    }
    checked += 1;
    if (a.score !== b.score) differences.push({ id, field: 'score', recorded: a.score, recomputed: b.score, message: both('score', id, a.score, b.score) });
    if (a.level !== b.level) {
      const message = { zh: WORDS.zh.level(id, levelLabel(rubric, a.level, 'zh'), levelLabel(rubric, b.level, 'zh')), en: WORDS.en.level(id, levelLabel(rubric, a.level, 'en'), levelLabel(rubric, b.level, 'en')) };
      differences.push({ id, field: 'level', recorded: a.level, recomputed: b.level, message });
    }
  }
  for (const id of now.keys()) {
    if (!before.has(id)) differences.push({ id, field: 'missing', recorded: null, recomputed: now.get(id)!.score, message: both('missing', id) });
  }
  for (const error of scored.errors) {
    const line = { zh: errorLine(error, 'zh'), en: errorLine(error, 'en') };
    differences.push({ ...(error.id !== null ? { id: error.id } : {}), field: 'error', recorded: null, recomputed: null, message: { zh: WORDS.zh.error(line.zh), en: WORDS.en.error(line.en) } });
  }
  return { differences: differences.sort(byId), checked };
}

/**
 * Verifies a results file against a rubric (and, with `--subjects`, against a fresh scoring of
 * the same subjects). Exit 0 when everything matches, 1 when anything differs, 2 for unusable
 * arguments or files.
 */
export function run(args: VerifyArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const prepared = await requireRubric(io, args.rubric);
    const results = await readResults(io, args.results);
    const expected = prepared.ref;
    const differences: Difference[] = [];
    if (results.rubric.id !== expected.id || results.rubric.version !== expected.version) {
      const a = `${results.rubric.id}@${results.rubric.version}`;
      const b = `${expected.id}@${expected.version}`;
      differences.push({ field: 'rubric', recorded: a, recomputed: b, message: both('idVersion', a, b) });
    }
    if (results.rubric.hash !== expected.hash) {
      differences.push({ field: 'rubric', recorded: results.rubric.hash, recomputed: expected.hash, message: both('hash', results.rubric.hash, expected.hash) });
    }
    let checked = 0;
    if (args.subjects !== undefined) {
      const rescored = await rescore(io, args, prepared, results.results);
      differences.push(...rescored.differences);
      checked = rescored.checked;
    }
    const w = WORDS[args.lang];
    if (args.format === 'json') {
      const document = {
        ok: differences.length === 0,
        rubric: { expected, recorded: results.rubric },
        rescored: args.subjects !== undefined,
        checked,
        differences: differences.map((d) => ({ ...d, message: d.message[args.lang] })),
      };
      io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      for (const d of differences) io.stdout(`${d.message[args.lang]}\n`);
      if (args.subjects === undefined) io.stderr(`${w.hashOnly}\n`);
      io.stdout(`${differences.length === 0 ? w.ok(checked) : w.failed(differences.length)}\n`);
    }
    return differences.length === 0 ? ExitCode.ok : ExitCode.invalidRubric;
  });
}

export const verifyCommand: CommandModule<VerifyArgs> = { name: 'verify', define, toArgs, run };
