/** Worked examples scored with the library and compared with their hand working. */
import { evaluateSubject, type PreparedRubric, type SubjectError, type SubjectResult } from '@rubricate/core';

export interface Example {
  name: string;
  subject: {
    id: string;
    category?: string;
    facts: Record<string, unknown>;
    history?: { period: string; level: string | null }[];
    overrides?: { gate: string; reason: string; by?: string }[];
  };
  expected: { score: number; level: string | null; [k: string]: unknown };
  working: string;
}

export interface CheckedExample {
  ex: Example;
  result?: SubjectResult;
  errors: SubjectError[];
  /** The library's score and level are the ones the hand working arrives at. */
  agrees: boolean;
}

export function checkExamples(prepared: PreparedRubric, examples: readonly Example[]): CheckedExample[] {
  return examples.map((ex, index) => {
    const e = evaluateSubject(prepared, ex.subject, index);
    const result = e.ok ? e.result : undefined;
    const agrees = result !== undefined && result.score === ex.expected.score && result.level === ex.expected.level;
    return { ex, result, errors: e.ok ? [] : e.errors, agrees };
  });
}
