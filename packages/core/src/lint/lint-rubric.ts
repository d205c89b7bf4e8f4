import type { Issue } from '../result/types.js';
import type { Rubric } from '../schema/rubric.js';
import type { RubricRule } from '../validate/rule.js';
import { LINT_RULES } from './rules/index.js';

/**
 * Warnings about a valid rubric: things that are allowed but probably not meant — gaps and overlaps
 * between bands, levels that can never be given, maxima that do not add up to the full score,
 * unused facts, quotas that cannot be met, rules that cite no clause, missing English text.
 * Pass the rubric returned by {@link validateRubric}. Every issue has severity "warning".
 */
export function lintRubric(rubric: Rubric, rules: readonly RubricRule[] = LINT_RULES): Issue[] {
  return rules.flatMap((rule) => rule.check(rubric));
}
