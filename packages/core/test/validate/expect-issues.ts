import { expect } from 'vitest';
import type { Issue } from '../../src/result/types.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { validateRubric } from '../../src/validate/index.js';

/** Validates `rubric`, expects failure, and returns the issues (all of them, for inspection). */
export function errorsOf(rubric: unknown): Issue[] {
  const result = validateRubric(rubric);
  expect(result.ok).toBe(false);
  return result.issues;
}

/** Expects validation to fail with issues of exactly one code, and returns them. */
export function onlyCode(rubric: Rubric, code: string): Issue[] {
  const issues = errorsOf(rubric);
  expect(issues.map((i) => i.code)).toEqual(issues.map(() => code));
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(i.severity).toBe('error');
    expect(i.message.zh).not.toBe('');
    expect(i.message.en).not.toBe('');
  }
  return issues;
}
