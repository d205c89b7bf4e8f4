import { createCohortScorer, evaluateCohort, type CohortResult, type PreparedRubric, type SubjectError, type SubjectSummary } from '@rubricate/core';
import type { InputSubject, LoadedSubjects, ReportedError } from '../subjects/types.js';

/** A scored cohort, with every error located in the subjects file. */
export interface ScoredCohort {
  cohort: CohortResult;
  /** Errors from reading the file and from the core, in file order. */
  errors: ReportedError[];
}

/** A scored cohort with each subject's summary instead of its full result (no explanations). */
export interface SummarisedCohort {
  cohort: Omit<CohortResult, 'results'> & { results: SubjectSummary[] };
  /** Errors from reading the file and from the core, in file order. */
  errors: ReportedError[];
}

/** The CSV column a core error points at: `facts.a1.x` → the header of fact a1's column. */
function columnOf(path: string, columns: Readonly<Record<string, string>>): string | undefined {
  const match = /^(facts\.[A-Za-z][A-Za-z0-9_-]*|id|category)(?![A-Za-z0-9_-])/.exec(path);
  return match ? columns[match[1]!] : undefined;
}

/** Places a core error (indexed among the subjects scored) back in the file. */
function locate(error: SubjectError, loaded: LoadedSubjects): ReportedError {
  const origin: InputSubject | undefined = loaded.subjects[error.index];
  const located: ReportedError = {
    id: error.id,
    index: origin?.index ?? error.index,
    path: error.path,
    code: error.code,
    message: error.message,
  };
  if (origin?.row !== undefined) {
    located.row = origin.row;
    const column = columnOf(error.path, loaded.columns ?? {});
    if (column !== undefined) located.column = column;
  }
  return located;
}

/**
 * Scores a cohort read from a file. Subjects refused while reading (a bad CSV cell) are not scored
 * and not counted in quotas; the core scores the rest as one cohort. All errors come back in file
 * order, so the output does not depend on which step found them.
 */
export function scoreCohort(prepared: PreparedRubric, loaded: LoadedSubjects): ScoredCohort {
  const cohort = evaluateCohort(
    prepared,
    loaded.subjects.map((s) => s.value),
  );
  return { cohort, errors: inFileOrder(loaded, cohort.errors) };
}

/**
 * Scores a cohort as {@link scoreCohort} does, keeping each subject's summary (score, levels,
 * category, flags, outcomes, crosswalks: the same values as the full results) instead of its full
 * result: one pass over the subjects, no explanation built. What the table and the CSV show.
 */
export function summariseCohort(prepared: PreparedRubric, loaded: LoadedSubjects): SummarisedCohort {
  const scorer = createCohortScorer(prepared, { expected: loaded.subjects.length });
  loaded.subjects.forEach((s, i) => scorer.add(s.value, i));
  const d = scorer.finish();
  const cohort = { rubric: d.rubric, results: [...d.summaries()], errors: d.errors, distribution: d.distribution, quotas: d.quotas, ranks: d.ranks };
  return { cohort, errors: inFileOrder(loaded, d.errors) };
}

/** Reading errors and the core's, placed in the file, in file order. */
function inFileOrder(loaded: LoadedSubjects, core: readonly SubjectError[]): ReportedError[] {
  const errors = [...loaded.errors, ...core.map((e) => locate(e, loaded))];
  errors.sort((a, b) => a.index - b.index || (a.row ?? 0) - (b.row ?? 0));
  return errors;
}
