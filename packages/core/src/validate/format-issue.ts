import type { Issue } from '../result/types.js';
import { formatPath } from '../messages/path.js';

/**
 * One line describing an issue, for a terminal or a log: position (for JSON syntax problems), JSON
 * path, then the message in the chosen language.
 *
 * @example
 * formatIssue(issue, 'zh'); // "警告 levels[1].band：等次 four 与 five 之间 89 ≤ 分数 < 90 没有对应的等次"
 * formatIssue(issue, 'en'); // "[line 3, column 15] $: JSON syntax error at line 3, column 15: a comma "," was expected"
 */
export function formatIssue(issue: Issue, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (issue.severity === 'warning') parts.push(zh ? '警告' : 'warning');
  if (issue.line !== undefined) {
    const col = issue.column ?? 1;
    parts.push(zh ? `[第 ${issue.line} 行，第 ${col} 列]` : `[line ${issue.line}, column ${col}]`);
  }
  parts.push(formatPath(issue.path));
  const text = issue.message[lang].replace(/\s*[\r\n]+\s*/g, ' ');
  return `${parts.join(' ')}${zh ? '：' : ': '}${text}`;
}
