import { Command, Option } from 'commander';
import { diffRubrics, type Bump, type RubricDiff } from '@rubricate/diff';
import type { Rubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { Bilingual } from '../i18n/text.js';
import { levelLabel } from '../format/labels.js';
import { CliFailure } from '../io/failure.js';
import type { Encoding } from '../io/read-text.js';
import { ExitCode, type Io } from '../io/types.js';
import { checkRubric } from '../rubric/load-rubric.js';
import { issueLine } from '../format/issues.js';
import { loadSubjects } from '../subjects/load.js';
import { choice, encodingArg, encodingOption, formatOption, langArg, langOption } from './options.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export interface DiffArgs {
  old: string;
  new: string;
  format: 'text' | 'json';
  lang: Lang;
  /** A subjects file (JSON or CSV) scored under both versions. */
  cohort?: string;
  encoding: Encoding;
}

const FORMATS = ['text', 'json'] as const;

/** This command's own words; the shared dictionary holds the words every command uses. */
const WORDS = {
  zh: {
    description: '比较评分细则的两个版本：逐条说明改了什么，以及版本号至少应提升多少（major/minor/patch）',
    argOld: '原版本的评分细则文件（JSON）',
    argNew: '新版本的评分细则文件（JSON）',
    optFormat: '输出格式：text（默认）或 json',
    optCohort: '评分对象文件（JSON 或 CSV）：分别按两个版本评分，列出得分或等次发生变化的对象',
    header: (id: string, from: string, to: string) => `评分细则 ${id}：${from} → ${to}`,
    bump: { major: '主版本（major：可能改变评定结果）', minor: '次版本（minor：只有新增）', patch: '修订号（patch：仅文字）', none: '无需提升（内容相同）' } as Record<Bump, string>,
    required: (b: string) => `需要的版本提升：${b}`,
    noChange: '两个版本的内容相同（不计版本号和修订记录）。',
    cohortHead: (n: number) => `按两个版本对 ${n} 个对象评分：`,
    levelChanged: (n: number) => `等次变化 ${n} 个：`,
    scoreChanged: (n: number) => `得分变化 ${n} 个：`,
    statusChanged: (n: number) => `能否评分发生变化 ${n} 个：`,
    scored: '可评分',
    refused: '报错',
    noImpact: '没有对象的得分或等次发生变化。',
    skipped: (n: number) => `另有 ${n} 个对象在读取时出错，未参与比较。`,
    invalid: (which: string) => `${which}无效，无法比较`,
    oldName: '原版本',
    newName: '新版本',
  },
  en: {
    description: 'Compare two versions of a rubric: what changed, in words, and the least version bump it needs (major/minor/patch)',
    argOld: 'the old rubric file (JSON)',
    argNew: 'the new rubric file (JSON)',
    optFormat: 'output format: text (default) or json',
    optCohort: 'a subjects file (JSON or CSV): scored under both versions, listing subjects whose score or level changes',
    header: (id: string, from: string, to: string) => `Rubric ${id}: ${from} → ${to}`,
    bump: { major: 'major (results can change)', minor: 'minor (additions only)', patch: 'patch (wording only)', none: 'none (same content)' } as Record<Bump, string>,
    required: (b: string) => `Version bump needed: ${b}`,
    noChange: 'The two versions have the same content (version and changelog aside).',
    cohortHead: (n: number) => `Scored ${n} subjects under both versions:`,
    levelChanged: (n: number) => `${n} changed level:`,
    scoreChanged: (n: number) => `${n} changed score:`,
    statusChanged: (n: number) => `${n} scored under one version only:`,
    scored: 'scored',
    refused: 'error',
    noImpact: 'No subject changes score or level.',
    skipped: (n: number) => `${n} more subjects could not be read and were left out.`,
    invalid: (which: string) => `the ${which} is invalid; nothing compared`,
    oldName: 'old rubric',
    newName: 'new rubric',
  },
} as const;

export function define(lang: Lang): Command {
  const w = WORDS[lang];
  return new Command('diff')
    .description(w.description)
    .argument('<old>', w.argOld)
    .argument('<new>', w.argNew)
    .addOption(formatOption(w.optFormat))
    .addOption(new Option('--cohort <subjects>', w.optCohort))
    .addOption(encodingOption(lang))
    .addOption(langOption(lang))
    .addHelpText('after', `\n${messages(lang).helpExitCodes}`);
}

export function toArgs({ operands, options }: Parsed, lang: Lang): DiffArgs {
  const args: DiffArgs = {
    old: operands[0]!,
    new: operands[1]!,
    format: choice('--format', options.format, FORMATS, 'text'),
    lang: options.lang === undefined ? lang : langArg(options.lang),
    encoding: encodingArg(options.encoding),
  };
  if (typeof options.cohort === 'string') args.cohort = options.cohort;
  return args;
}

/** A rubric file, validated; an invalid one stops the command (exit 1) with every problem. */
async function rubricOf(io: Io, path: string, which: 'oldName' | 'newName'): Promise<Rubric> {
  const checked = await checkRubric(io, path);
  if (checked.ok) return checked.rubric;
  const lines: Bilingual[] = checked.issues.map((issue) => ({ zh: issueLine(issue, path, 'zh'), en: issueLine(issue, path, 'en') }));
  lines.push({ zh: WORDS.zh.invalid(WORDS.zh[which]), en: WORDS.en.invalid(WORDS.en[which]) });
  throw new CliFailure(ExitCode.invalidRubric, lines);
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function text(diff: RubricDiff, oldRubric: Rubric, newRubric: Rubric, lang: Lang, skipped: number): string {
  const w = WORDS[lang];
  const lines = [w.header(newRubric.id, oldRubric.version, newRubric.version), w.required(w.bump[diff.bump]), ''];
  if (diff.changes.length === 0) lines.push(w.noChange);
  for (const change of diff.changes) lines.push(`[${change.bump}] ${change.message[lang]}${change.path.length > 0 ? `  (${pathText(change.path)})` : ''}`);
  if (diff.cohort) {
    const c = diff.cohort;
    lines.push('', w.cohortHead(c.scored));
    if (c.changedLevel.length + c.changedScore.length + c.changedStatus.length === 0) lines.push(`  ${w.noImpact}`);
    if (c.changedLevel.length > 0) {
      lines.push(`  ${w.levelChanged(c.changedLevel.length)}`);
      for (const x of c.changedLevel) lines.push(`    ${x.id}  ${levelLabel(oldRubric, x.from, lang)} → ${levelLabel(newRubric, x.to, lang)}`);
    }
    if (c.changedScore.length > 0) {
      lines.push(`  ${w.scoreChanged(c.changedScore.length)}`);
      for (const x of c.changedScore) lines.push(`    ${x.id}  ${x.from} → ${x.to}`);
    }
    if (c.changedStatus.length > 0) {
      lines.push(`  ${w.statusChanged(c.changedStatus.length)}`);
      for (const x of c.changedStatus) lines.push(`    ${x.id}  ${x.from === 'scored' ? w.scored : w.refused} → ${x.to === 'scored' ? w.scored : w.refused}: ${x.message[lang]}`);
    }
    if (skipped > 0) lines.push(`  ${w.skipped(skipped)}`);
  }
  return `${lines.join('\n')}\n`;
}

function json(diff: RubricDiff, lang: Lang): string {
  const document = {
    bump: diff.bump,
    changes: diff.changes.map((c) => ({ kind: c.kind, path: c.path, bump: c.bump, message: c.message[lang] })),
    ...(diff.cohort
      ? { cohort: { ...diff.cohort, changedStatus: diff.cohort.changedStatus.map((s) => ({ ...s, message: s.message[lang] })) } }
      : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Compares two rubric versions and prints the changes and the bump they need; with `--cohort`,
 * also who changes score or level. Exit 0 whatever changed; 1 when a rubric is invalid; 2 for
 * unusable arguments or files.
 */
export function run(args: DiffArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const oldRubric = await rubricOf(io, args.old, 'oldName');
    const newRubric = await rubricOf(io, args.new, 'newName');
    let skipped = 0;
    let cohort: unknown[] | undefined;
    if (args.cohort !== undefined) {
      // Subjects existed under the old version, so a CSV is read with the old rubric's facts.
      const loaded = await loadSubjects(io, args.cohort, oldRubric, args.encoding);
      if (loaded.notice) io.stderr(`${loaded.notice[args.lang]}\n`);
      skipped = loaded.errors.length;
      cohort = loaded.subjects.map((s) => s.value);
    }
    const diff = diffRubrics(oldRubric, newRubric, cohort === undefined ? {} : { cohort });
    io.stdout(args.format === 'json' ? json(diff, args.lang) : text(diff, oldRubric, newRubric, args.lang, skipped));
    return ExitCode.ok;
  });
}

export const diffCommand: CommandModule<DiffArgs> = { name: 'diff', define, toArgs, run };
