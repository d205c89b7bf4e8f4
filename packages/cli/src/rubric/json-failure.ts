import type { Issue } from '@rubricate/core';
import { CliFailure } from '../io/failure.js';
import type { ExitCode } from '../io/types.js';

/** "file:3:14" — where a JSON problem is, as editors and terminals link it. */
export function position(path: string, issue: Issue): string {
  return issue.line !== undefined ? `${path}:${issue.line}:${issue.column ?? 1}` : path;
}

/** A JSON document that cannot be read at all (a syntax error, too large, too deep). */
export function jsonSyntaxFailure(exitCode: ExitCode, path: string, issue: Issue): CliFailure {
  const where = position(path, issue);
  return new CliFailure(exitCode, [{ zh: `${where}：${issue.message.zh}`, en: `${where}: ${issue.message.en}` }]);
}
