import { evaluateCohort, evaluateSubject, prepareRubric, type CohortResult, type PreparedRubric, type Rubric, type SubjectEvaluation } from '@rubricate/core';

export type { CohortResult, PreparedRubric, SubjectEvaluation };

/** Prepare a validated rubric, or explain why it cannot be prepared. */
export function prepare(rubric: Rubric): { ok: true; prepared: PreparedRubric } | { ok: false; message: { zh: string; en: string } } {
  try {
    return { ok: true, prepared: prepareRubric(rubric) };
  } catch (err) {
    const issues = (err as { issues?: { message: { zh: string; en: string } }[] }).issues;
    const first = issues?.[0]?.message;
    const text = err instanceof Error ? err.message : String(err);
    return { ok: false, message: first ?? { zh: text, en: text } };
  }
}

export function scoreSubject(prepared: PreparedRubric, subject: unknown): SubjectEvaluation {
  return evaluateSubject(prepared, subject);
}

export function scoreCohort(prepared: PreparedRubric, subjects: readonly unknown[]): CohortResult {
  return evaluateCohort(prepared, subjects as unknown[]);
}
