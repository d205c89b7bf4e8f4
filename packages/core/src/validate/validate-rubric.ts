import { checkJsonValue } from '../json/check-value.js';
import type { Issue } from '../result/types.js';
import { Rubric } from '../schema/rubric.js';
import { normaliseRubric } from './normalise.js';
import type { RubricRule } from './rule.js';
import { VALIDATION_RULES } from './rules/index.js';
import { zodIssuesToIssues } from './zod-issues.js';

/** The outcome of {@link validateRubric}. */
export type ValidateRubricResult = { ok: true; rubric: Rubric; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Checks an untrusted value (usually the output of {@link parseJson}) as a rubric, in three steps:
 *
 * 1. the schema (`Rubric`): shapes, types and bounds; problems become issues coded `schema.<kind>`
 *    (before it, keys `__proto__` / `constructor` / `prototype` and excessive nesting are refused,
 *    as {@link parseJson} does, for values built in code);
 * 2. normalisation ({@link normaliseRubric}): documented defaults are filled in;
 * 3. the named rules ({@link VALIDATION_RULES}): references, uniqueness, exact precision, fact types …
 *
 * Every issue has a `code`, a JSON `path` and a Chinese and English message naming the thing
 * ("指标 a3 引用了未声明的录入事项 x3"). The rubric is returned, normalised, only when there is no error.
 * Later steps run only when the earlier ones pass, so a rule never sees a malformed rubric.
 */
export function validateRubric(input: unknown, rules: readonly RubricRule[] = VALIDATION_RULES): ValidateRubricResult {
  const unsafe = checkJsonValue(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  const parsed = Rubric.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssuesToIssues(parsed.error.issues, input) };
  const rubric = normaliseRubric(parsed.data);
  const issues = rules.flatMap((rule) => rule.check(rubric));
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, rubric, issues };
}
