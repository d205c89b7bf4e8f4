import { formatIssue, formatPath, type Issue } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { position } from '../rubric/json-failure.js';

/**
 * One line for one rubric problem, followed by its code in brackets: the core's wording with the
 * JSON path (`levels[1].band：…`, warnings marked 警告/warning), or `file:line:column：…` for a
 * problem in the JSON text itself, so that editors and terminals can jump to it.
 */
export function issueLine(issue: Issue, file: string, lang: Lang): string {
  const text =
    issue.line !== undefined
      ? `${position(file, issue)}${lang === 'zh' ? '：' : ': '}${issue.message[lang]}`
      : formatIssue(issue, lang);
  return `${text} [${issue.code}]`;
}

/** A rubric problem as a JSON value: the path as text and as segments, the message in `lang`. */
export function issueJson(issue: Issue, lang: Lang) {
  return {
    code: issue.code,
    severity: issue.severity,
    path: formatPath(issue.path),
    segments: issue.path,
    message: issue.message[lang],
    ...(issue.line !== undefined ? { line: issue.line, column: issue.column } : {}),
  };
}
