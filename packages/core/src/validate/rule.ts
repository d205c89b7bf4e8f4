import type { Issue } from '../result/types.js';
import type { Rubric } from '../schema/rubric.js';

/**
 * A named check over a rubric that already fits the schema and has been normalised. Each rule lives
 * in its own file and reports every problem it finds, each with the rule's `code`.
 */
export interface RubricRule {
  /** Stable identifier, also the `code` of every issue the rule reports, e.g. "ref.fact". */
  code: string;
  /** What the rule checks, in Chinese and English (for documentation and editors). */
  description: { zh: string; en: string };
  check(rubric: Rubric): Issue[];
}

/** Builds an error issue for a rule. */
export function error(code: string, path: (string | number)[], zh: string, en: string): Issue {
  return { code, severity: 'error', path, message: { zh, en } };
}

/** Builds a warning issue for a lint rule. */
export function warning(code: string, path: (string | number)[], zh: string, en: string): Issue {
  return { code, severity: 'warning', path, message: { zh, en } };
}
