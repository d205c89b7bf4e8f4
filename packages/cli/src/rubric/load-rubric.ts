import { parseJson, prepareRubric, RubricPrepareError, validateRubric, type Issue, type PreparedRubric, type Rubric } from '@rubricate/core';
import { issueLine } from '../format/issues.js';
import { say } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { readText } from '../io/read-text.js';
import { ExitCode, type Io } from '../io/types.js';

/**
 * A rubric file, checked: the rubric with any warnings validation raised, or every problem found
 * (a syntax error is the only one then).
 */
export type CheckedRubric = { ok: true; rubric: Rubric; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Reads, parses and validates a rubric file. An unreadable file throws a `CliFailure` (exit 2); a
 * syntax error or an invalid rubric comes back as issues (exit 1 for the caller).
 */
export async function checkRubric(io: Io, path: string): Promise<CheckedRubric> {
  const { text } = await readText(io, path, 'utf8');
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  return validateRubric(parsed.value);
}

function invalid(path: string, issues: Issue[]): CliFailure {
  const lines = issues.map((issue) => ({ zh: issueLine(issue, path, 'zh'), en: issueLine(issue, path, 'en') }));
  return new CliFailure(ExitCode.invalidRubric, [...lines, say('validateFailed', issues.length)]);
}

/**
 * The rubric of a file, validated and prepared, for commands that go on to score. An invalid
 * rubric throws a `CliFailure` with exit 1 listing every problem, as `validate` would.
 */
export async function requireRubric(io: Io, path: string): Promise<PreparedRubric> {
  const checked = await checkRubric(io, path);
  if (!checked.ok) throw invalid(path, checked.issues);
  try {
    return prepareRubric(checked.rubric);
  } catch (error) {
    if (error instanceof RubricPrepareError) throw invalid(path, error.issues);
    throw error;
  }
}
