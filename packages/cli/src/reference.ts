import type { Command } from 'commander';
import type { Lang } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { defineProgram } from './program.js';

/** The path of the generated reference, relative to the repository root. */
export const CLI_REFERENCE_PATH = 'docs/reference/cli.md';

// Markdown table cells; < and > are escaped because VitePress compiles pages as Vue templates.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The visible arguments and options of a command, in both languages, as Markdown table rows. */
function rows(zh: Command, en: Command): string[] {
  const helpZh = zh.createHelp();
  const helpEn = en.createHelp();
  const out: string[] = [];
  const argsEn = helpEn.visibleArguments(en);
  helpZh.visibleArguments(zh).forEach((arg, i) => {
    const term = arg.required ? `<${arg.name()}>` : `[${arg.name()}]`;
    out.push(`| \`${term}\` | ${cell(arg.description)} | ${cell(argsEn[i]?.description ?? '')} |`);
  });
  const optionsEn = helpEn.visibleOptions(en);
  helpZh.visibleOptions(zh).forEach((option, i) => {
    out.push(`| \`${option.flags}\` | ${cell(option.description)} | ${cell(optionsEn[i]?.description ?? '')} |`);
  });
  return out;
}

function section(title: string, zh: Command, en: Command): string[] {
  const usage = `${[...ancestors(zh)].join(' ')} ${zh.usage()}`.trim();
  return [
    `## ${title}`,
    '',
    `${zh.description()}`,
    '',
    `${en.description()}`,
    '',
    '```',
    usage,
    '```',
    '',
    '| | 中文 | English |',
    '|---|---|---|',
    ...rows(zh, en),
    '',
  ];
}

function ancestors(cmd: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names;
}

/** A block of text shown in both languages. */
function both(pick: (lang: Lang) => string): string[] {
  return ['```', pick('zh'), '```', '', '```', pick('en'), '```', ''];
}

/**
 * `docs/reference/cli.md`, generated from the commander definitions of every command in both
 * languages, so the reference cannot drift from `rubricate --help`. A test compares it with the
 * committed file.
 */
export function renderCliReference(): string {
  const zh = defineProgram('zh');
  const en = defineProgram('en');
  const lines = [
    '<!-- Generated from the commander definitions by packages/cli/scripts/cli-reference.ts. Do not edit by hand: run `pnpm --filter @rubricate/cli cli-reference`. -->',
    '',
    '# `rubricate` 命令行参考 / command-line reference',
    '',
    'Messages, help and tables are in Chinese by default; `--lang en` or `RUBRICATE_LANG=en` switches to English.',
    '提示信息、帮助和表格默认用中文；`--lang en` 或环境变量 `RUBRICATE_LANG=en` 切换为英文。',
    '',
    ...section('rubricate', zh, en),
  ];
  for (const sub of zh.commands) {
    const other = en.commands.find((c) => c.name() === sub.name())!;
    lines.push(...section(`rubricate ${sub.name()}`, sub, other));
  }
  lines.push('## CSV', '', ...both((lang) => messages(lang).helpCsv));
  lines.push('## 退出码 / Exit codes', '', ...both((lang) => messages(lang).helpExitCodes));
  return `${lines.join('\n').trimEnd()}\n`;
}
