import type { Message } from '@rubricate/core';

/**
 * The semver bump a change requires, from the rubric user's point of view:
 * - `major`: some subject's score, level, or validity can change;
 * - `minor`: something is added and no existing subject's score or level changes;
 * - `patch`: wording only (labels, descriptions, clauses, assumptions, colours, order of display);
 * - `none`: the rubrics are equal, ignoring `version` and `changelog`.
 */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** One difference between two rubric versions, said in words. */
export interface Change {
  /** What kind of change, e.g. `level.band`, `fact.added`, `adjustment.points`, `wording`. */
  kind: string;
  /** Where, as a JSON path into the new rubric (into the old one for something removed). */
  path: (string | number)[];
  /** The bump this change alone requires. */
  bump: Exclude<Bump, 'none'>;
  message: Message;
}

/** A subject whose level changed between the two versions. */
export interface LevelChange {
  id: string;
  from: string | null;
  to: string | null;
}

/** A subject whose score changed between the two versions. */
export interface ScoreChange {
  id: string;
  from: number;
  to: number;
}

/** A subject scored under one version but refused (a subject error) under the other. */
export interface StatusChange {
  id: string;
  from: 'scored' | 'error';
  to: 'scored' | 'error';
  /** The error under the version that refused it. */
  message: Message;
}

/** What the change does to a given cohort: each subject scored under both versions. */
export interface CohortImpact {
  /** Subjects scored under both versions. */
  scored: number;
  changedLevel: LevelChange[];
  changedScore: ScoreChange[];
  changedStatus: StatusChange[];
}

/** The result of {@link diffRubrics}. */
export interface RubricDiff {
  /** The largest bump any change requires (`none` when there is no change). */
  bump: Bump;
  /** The changes, in the order of the rubric's parts. */
  changes: Change[];
  /** Present when a cohort was given. */
  cohort?: CohortImpact;
}

/** Options of {@link diffRubrics}. */
export interface DiffOptions {
  /** Subjects to score under both versions, to show who changes level or score. */
  cohort?: readonly unknown[];
}
