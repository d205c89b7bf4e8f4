import { lintRubric, validateRubric, type Issue, type Rubric } from '@rubricate/core';

export interface RubricCheck {
  /** Validation errors and lint warnings, errors first. */
  issues: Issue[];
  /** The validated, normalised rubric; null while there is any error. */
  rubric: Rubric | null;
}

/** Validate the document, and lint it when it is valid: what the problems panel shows. */
export function checkRubric(doc: unknown): RubricCheck {
  const v = validateRubric(doc);
  if (!v.ok) return { issues: v.issues, rubric: null };
  const warnings = lintRubric(v.rubric);
  return { issues: [...v.issues, ...warnings], rubric: v.rubric };
}
