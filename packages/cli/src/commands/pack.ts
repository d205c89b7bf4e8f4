import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { checkVersion } from '@rubricate/diff';
import { planRubricPackage } from '@rubricate/pack';
import type { Rubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages, say } from '../i18n/messages.js';
import type { Bilingual } from '../i18n/text.js';
import { issueLine } from '../format/issues.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode, type Io } from '../io/types.js';
import { checkRubric } from '../rubric/load-rubric.js';
import { langArg, langOption } from './options.js';
import { guarded } from './report.js';
import type { CommandModule, Parsed } from './types.js';

export interface PackArgs {
  rubric: string;
  lang: Lang;
  /** npm scope, e.g. `@org`. */
  scope?: string;
  /** Output folder (default: the package name, without its scope, in the current folder). */
  out?: string;
  /** The previous version's rubric: the new version must be at least the bump the change needs. */
  previous?: string;
  license?: string;
}

const WORDS = {
  zh: {
    description: '把评分细则打包为 npm 包：rubric.json、带类型的 ESM/CJS 入口、中英文评分表 README、修订记录和内容指纹',
    optScope: 'npm 作用域，如 @org（包名为 @org/rubric-<id>）',
    optOut: '输出文件夹（默认：当前目录下以包名命名的文件夹）',
    optPrevious: '上一版本的评分细则文件：新版本号低于本次修改所需的提升时拒绝打包',
    optLicense: '包的许可证（SPDX 标识，如 CC-BY-4.0）',
    invalid: (path: string) => `评分细则 ${path} 无效，未打包`,
    versionRefused: '版本号不足，未打包',
    written: (name: string, version: string, dir: string, n: number) => `已生成 ${name}@${version}：${dir}（${n} 个文件）`,
    hash: (hash: string) => `内容指纹（sha256）：${hash}`,
    publish: (dir: string) => `发布：cd ${dir} && npm publish`,
  },
  en: {
    description: 'Package a rubric for npm: rubric.json, typed ESM/CJS entry points, a README with the scoring table in Chinese and English, a changelog and the content hash',
    optScope: 'npm scope such as @org (the package is then @org/rubric-<id>)',
    optOut: 'output folder (default: a folder named after the package, in the current folder)',
    optPrevious: "the previous version's rubric file: refuse when the new version is lower than the change needs",
    optLicense: "the package's license (SPDX id such as CC-BY-4.0)",
    invalid: (path: string) => `rubric ${path} is invalid; nothing packed`,
    versionRefused: 'version too low; nothing packed',
    written: (name: string, version: string, dir: string, n: number) => `Wrote ${name}@${version} to ${dir} (${n} files)`,
    hash: (hash: string) => `Content hash (sha256): ${hash}`,
    publish: (dir: string) => `To publish: cd ${dir} && npm publish`,
  },
} as const;

export function define(lang: Lang): Command {
  const w = WORDS[lang];
  return new Command('pack')
    .description(w.description)
    .argument('<rubric>', messages(lang).argRubric)
    .addOption(new Option('--scope <scope>', w.optScope))
    .addOption(new Option('--out <dir>', w.optOut))
    .addOption(new Option('--previous <rubric>', w.optPrevious))
    .addOption(new Option('--license <spdx>', w.optLicense))
    .addOption(langOption(lang))
    .addHelpText('after', `\n${messages(lang).helpExitCodes}`);
}

export function toArgs({ operands, options }: Parsed, lang: Lang): PackArgs {
  const args: PackArgs = { rubric: operands[0]!, lang: options.lang === undefined ? lang : langArg(options.lang) };
  if (typeof options.scope === 'string') args.scope = options.scope;
  if (typeof options.out === 'string') args.out = options.out;
  if (typeof options.previous === 'string') args.previous = options.previous;
  if (typeof options.license === 'string') args.license = options.license;
  return args;
}

async function validRubric(io: Io, path: string): Promise<Rubric> {
  const checked = await checkRubric(io, path);
  if (checked.ok) return checked.rubric;
  const lines: Bilingual[] = checked.issues.map((issue) => ({ zh: issueLine(issue, path, 'zh'), en: issueLine(issue, path, 'en') }));
  lines.push({ zh: WORDS.zh.invalid(path), en: WORDS.en.invalid(path) });
  throw new CliFailure(ExitCode.invalidRubric, lines);
}

/**
 * Validates a rubric and writes its npm package. The rubric is packed as validation returns it
 * (normalised), so the package's hash is the one `rubricate score` puts in every result. With
 * `--previous`, a version lower than the change needs is refused (exit 1).
 */
export function run(args: PackArgs, io: Io): Promise<ExitCode> {
  return guarded(io, args.lang, async () => {
    const rubric = await validRubric(io, args.rubric);
    if (args.previous !== undefined) {
      const previous = await validRubric(io, args.previous);
      const check = checkVersion(previous, rubric);
      if (!check.ok) {
        throw new CliFailure(ExitCode.invalidRubric, [check.error!, { zh: WORDS.zh.versionRefused, en: WORDS.en.versionRefused }]);
      }
    }
    let plan;
    try {
      plan = planRubricPackage(rubric, {
        ...(args.scope !== undefined ? { scope: args.scope } : {}),
        ...(args.license !== undefined ? { license: args.license } : {}),
      });
    } catch (error) {
      if (error instanceof RangeError) {
        // The plan's errors read "中文 / English".
        const [zh, en] = error.message.split(' / ');
        throw new CliFailure(ExitCode.usage, [{ zh: zh!, en: en ?? zh! }]);
      }
      throw error;
    }
    const dir = args.out ?? plan.name.replace(/^@[^/]+\//, '');
    try {
      // The Io writes files; the folder is made here (`--out` may name a new one).
      await mkdir(dir, { recursive: true });
      for (const [file, text] of Object.entries(plan.files)) await io.writeFile(join(dir, file), text);
    } catch (error) {
      throw new CliFailure(ExitCode.usage, [say('fileUnwritable', dir, error instanceof Error ? error.message : String(error))]);
    }
    const w = WORDS[args.lang];
    io.stdout(`${w.written(plan.name, plan.version, dir, Object.keys(plan.files).length)}\n${w.hash(plan.hash)}\n${w.publish(dir)}\n`);
    return ExitCode.ok;
  });
}

export const packCommand: CommandModule<PackArgs> = { name: 'pack', define, toArgs, run };
