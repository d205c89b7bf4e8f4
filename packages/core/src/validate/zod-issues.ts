import type * as z from 'zod';
import type { Issue, Message } from '../result/types.js';
import { describeWhere, formatPath } from '../messages/path.js';
import { quote } from '../messages/message.js';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Chinese names of value types, as an office worker would say them. */
const TYPE_NAMES: Record<string, Message> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '是/否（true 或 false）', en: 'true or false' },
  object: { zh: '对象 { … }', en: 'an object { … }' },
  array: { zh: '列表 [ … ]', en: 'a list [ … ]' },
  null: { zh: '空值 null', en: 'null' },
  undefined: { zh: '空缺', en: 'missing' },
};

function typeName(t: string): Message {
  return TYPE_NAMES[t] ?? { zh: t, en: t };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Plain-language explanations of the schema's regular expressions, keyed by the pattern's source. */
const PATTERNS: Record<string, Message> = {
  '^[A-Za-z][A-Za-z0-9_-]{0,63}$': {
    zh: '编号须以英文字母开头，只能包含英文字母、数字、“_”和“-”，最多 64 个字符',
    en: 'an id must start with a letter and contain only letters, digits, "_" and "-" (at most 64)',
  },
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?$': {
    zh: '版本号须写成“主版本.次版本.修订号”，例如 1.2.0',
    en: 'a version must be major.minor.patch, e.g. 1.2.0',
  },
  '^#[0-9a-fA-F]{6}$': { zh: '颜色须写成 # 加 6 位十六进制数，例如 #d4380d', en: 'a colour must be # and six hex digits, e.g. #d4380d' },
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': {
    zh: '日期须写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2017-03-01',
    en: 'a date must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-03-01',
  },
  '^[A-Z]{3}$': { zh: '币种须为 3 个大写字母，例如 CNY', en: 'a currency must be three capital letters, e.g. CNY' },
  '^\\$(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d{1,6}\\])*$': {
    zh: '路径只能由 $、“.名称”和“[序号]”组成，不允许筛选、脚本、通配符或“..”',
    en: 'a path may only use $, .name and [index] (no filters, scripts, wildcards or ..)',
  },
};

function patternSource(pattern: unknown): string {
  if (typeof pattern !== 'string') return '';
  const m = /^\/(.*)\/[a-z]*$/s.exec(pattern);
  return m ? m[1]! : pattern;
}

/** Custom messages raised by the schema's refinements. */
const CUSTOM: Record<string, Message> = {
  'id is a reserved word': {
    zh: '该编号是保留字（如 constructor、toString），请换一个',
    en: 'this id is a reserved word (such as constructor or toString); choose another',
  },
  'must be a finite number': { zh: '必须是一个有限的数字', en: 'must be a finite number' },
};

function bound(n: number | bigint): string {
  return String(n);
}

function sizeProblem(issue: ZodIssue & { code: 'too_big' | 'too_small' }): Message {
  const big = issue.code === 'too_big';
  const limit = bound(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return big
        ? { zh: `文字过长，最多 ${limit} 个字符`, en: `text is too long: at most ${limit} characters` }
        : limit === '1'
          ? { zh: '不能为空', en: 'must not be empty' }
          : { zh: `文字过短，至少 ${limit} 个字符`, en: `text is too short: at least ${limit} characters` };
    case 'array':
    case 'set':
      return big
        ? { zh: `条目过多，最多 ${limit} 项`, en: `too many items: at most ${limit}` }
        : { zh: `条目过少，至少 ${limit} 项`, en: `too few items: at least ${limit}` };
    default:
      if (big) {
        return inclusive
          ? { zh: `数值不能大于 ${limit}`, en: `must be at most ${limit}` }
          : { zh: `数值必须小于 ${limit}`, en: `must be less than ${limit}` };
      }
      if (!inclusive && limit === '0') return { zh: '数值必须大于 0', en: 'must be greater than 0' };
      return inclusive
        ? { zh: `数值不能小于 ${limit}`, en: `must be at least ${limit}` }
        : { zh: `数值必须大于 ${limit}`, en: `must be greater than ${limit}` };
  }
}

/**
 * Picks the union branch the author most likely meant: the one whose keys fit (no unrecognised keys
 * and no missing key at the union itself), then the one with the fewest problems.
 */
function bestBranch(branches: ZodIssue[][], input: unknown): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestScore = Infinity;
  for (const branch of branches) {
    let shape = 0;
    for (const i of branch) {
      if (i.path.length === 0 && (i.code === 'unrecognized_keys' || i.code === 'invalid_type')) shape += 100;
      else if (i.path.length === 1 && i.code === 'invalid_type' && valueAt(input, i.path) === undefined) shape += 10;
    }
    const score = shape + branch.length;
    if (score < bestScore) {
      bestScore = score;
      best = branch;
    }
  }
  return best;
}

function problem(issue: ZodIssue, root: unknown, path: Path): Message | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(root, path);
      if (actual === undefined) {
        return { zh: `缺少必填内容（应为${typeName(issue.expected).zh}）`, en: `is required (${typeName(issue.expected).en})` };
      }
      const expected = typeName(issue.expected);
      const got = typeName(typeOf(actual));
      return {
        zh: `应为${expected.zh}，实际填写的是${got.zh} ${quote(actual)}`,
        en: `must be ${expected.en}, not ${got.en} ${quote(actual)}`,
      };
    }
    case 'too_big':
    case 'too_small':
      return sizeProblem(issue);
    case 'invalid_format': {
      if (issue.format === 'regex') {
        const known = PATTERNS[patternSource((issue as { pattern?: unknown }).pattern)];
        const actual = valueAt(root, path);
        if (known) {
          return { zh: `${quote(actual)} 的格式不正确：${known.zh}`, en: `${quote(actual)} is malformed: ${known.en}` };
        }
      }
      return { zh: '格式不正确', en: `is not a valid ${issue.format}` };
    }
    case 'not_multiple_of':
      return { zh: `必须是 ${issue.divisor} 的整数倍`, en: `must be a multiple of ${issue.divisor}` };
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `“${k}”`).join('、');
      const keysEn = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        zh: `含有无法识别的字段 ${keys}（可能是拼写错误，或放错了位置）`,
        en: `has unrecognised field${issue.keys.length > 1 ? 's' : ''} ${keysEn} (a typo, or in the wrong place)`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => quote(v));
      const actual = valueAt(root, path);
      if (actual === undefined) {
        return { zh: `缺少必填内容，应为 ${options.join('、')}`, en: `is required: ${options.join(', ')}` };
      }
      if (options.length === 1) {
        return { zh: `只能是 ${options[0]}，实际是 ${quote(actual)}`, en: `must be ${options[0]}, not ${quote(actual)}` };
      }
      return {
        zh: `${quote(actual)} 不是允许的取值；可选：${options.join('、')}`,
        en: `${quote(actual)} is not allowed; one of ${options.join(', ')}`,
      };
    }
    case 'invalid_union': {
      const u = issue as ZodIssue & { discriminator?: string; options?: unknown[]; note?: string };
      if (u.discriminator !== undefined) {
        const actual = valueAt(root, path);
        const options = (u.options ?? []).map((v) => quote(v));
        return actual === undefined
          ? { zh: `缺少类型字段，可选：${options.join('、')}`, en: `is missing; one of ${options.join(', ')}` }
          : {
              zh: `${quote(actual)} 不是允许的类型；可选：${options.join('、')}`,
              en: `${quote(actual)} is not a known kind; one of ${options.join(', ')}`,
            };
      }
      return { zh: '不符合任何一种允许的写法', en: 'does not match any allowed form' };
    }
    case 'invalid_key':
      return { zh: '该键名不符合要求', en: 'has an invalid key' };
    case 'invalid_element':
      return { zh: '其中的元素不符合要求', en: 'has an invalid element' };
    case 'custom': {
      const known = CUSTOM[issue.message];
      return known ?? { zh: `不符合要求：${issue.message}`, en: issue.message };
    }
    default:
      return undefined;
  }
}

function translate(issue: ZodIssue, root: unknown, prefix: Path, out: Issue[]): void {
  const path: Path = [...prefix, ...(issue.path as Path)];
  // Unions and record keys hold the real problem one level down.
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = bestBranch(issue.errors, valueAt(root, path));
    if (branch && branch.length > 0) {
      for (const inner of branch) translate(inner, root, path, out);
      return;
    }
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    // The path ends with the key itself.
    const key = path[path.length - 1];
    for (const inner of issue.issues) {
      const p = problem(inner, { k: key }, ['k']);
      out.push(make(`schema.${inner.code}`, root, path, p ?? { zh: inner.message, en: inner.message }, { zh: '键名', en: 'key' }));
    }
    return;
  }
  const p = problem(issue, root, path) ?? { zh: issue.message, en: issue.message };
  out.push(make(`schema.${issue.code}`, root, path, p));
}

function make(code: string, root: unknown, path: Path, p: Message, what?: Message): Issue {
  const where = describeWhere(root, path);
  return {
    code,
    severity: 'error',
    path,
    message: {
      zh: `${where.zh}${what ? ` 的${what.zh}` : ''}：${p.zh}`,
      en: `${where.en}${what ? ` (${what.en})` : ''}: ${p.en}`,
    },
  };
}

/**
 * Turns zod's issues into {@link Issue}s with a JSON path and a Chinese and English message that
 * names the thing ("指标 a3 的「max」：数值不能小于 0"). `root` is the input that was checked.
 */
export function zodIssuesToIssues(issues: readonly ZodIssue[], root: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) translate(issue, root, [], out);
  // A union can report the same problem through two branches; keep one of each.
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = `${i.code}|${formatPath(i.path)}|${i.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
