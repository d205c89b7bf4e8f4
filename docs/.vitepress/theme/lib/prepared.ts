/** Validates and prepares a fixture once per page, with the library itself. */
import { formatIssue, prepareRubric, validateRubric, type Issue, type PreparedRubric, type Rubric } from '@rubricate/core';

export type Prepared = { ok: true; rubric: Rubric; prepared: PreparedRubric } | { ok: false; issues: Issue[] };

const cache = new WeakMap<object, Prepared>();

export function prepare(json: unknown): Prepared {
  if (json !== null && typeof json === 'object') {
    const hit = cache.get(json);
    if (hit) return hit;
  }
  const v = validateRubric(json);
  const out: Prepared = v.ok ? { ok: true, rubric: v.rubric, prepared: prepareRubric(v.rubric) } : { ok: false, issues: v.issues };
  if (json !== null && typeof json === 'object') cache.set(json, out);
  return out;
}

export function issueText(issue: Issue): string {
  return formatIssue(issue, 'zh');
}
