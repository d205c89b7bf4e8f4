import { expect } from 'vitest';
import { lintRubric } from '../../src/lint/index.js';
import type { Issue } from '../../src/result/types.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { validateRubric } from '../../src/validate/index.js';

/** Validates (expecting success) then lints; returns the warnings with the given code, checking there are no others. */
export function warningsOf(rubric: Rubric, code: string): Issue[] {
  const v = validateRubric(rubric);
  expect(v.issues).toEqual([]);
  if (!v.ok) return [];
  const issues = lintRubric(v.rubric);
  expect(issues.map((i) => i.code)).toEqual(issues.map(() => code));
  for (const i of issues) expect(i.severity).toBe('warning');
  return issues;
}
