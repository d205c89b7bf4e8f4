import { normaliseRubric, type Rubric } from '@rubricate/core';
import { maxBump } from './bump.js';
import { cohortImpact } from './cohort.js';
import { createContext } from './context.js';
import { diffCollection } from './specs/entity-spec.js';
import { COLLECTION_SPECS } from './specs/index.js';
import { diffTopLevel } from './top-level.js';
import type { Bump, Change, DiffOptions, RubricDiff } from './types.js';

/**
 * Only the changes, without scoring any subject. Both rubrics are normalised first, so a default
 * written out in one version and left implicit in the other (`scale.clamp: true`) is no change.
 */
export function listChanges(oldRubric: Rubric, newRubric: Rubric): Change[] {
  const ctx = createContext(normaliseRubric(oldRubric), normaliseRubric(newRubric));
  return [...diffTopLevel(ctx), ...COLLECTION_SPECS.flatMap((spec) => diffCollection(spec, ctx))];
}

/**
 * What changed between two versions of a rubric, in words (zh and en), and the semver bump the
 * change requires. Both rubrics should be valid (`validateRubric`); they are normalised before
 * comparing. When `options.cohort` is given
 * the subjects are scored under both versions and the subjects whose level, score or status
 * changes are listed; any such change makes the bump major, whatever the rules said.
 */
export function diffRubrics(oldRubric: Rubric, newRubric: Rubric, options: DiffOptions = {}): RubricDiff {
  const changes = listChanges(oldRubric, newRubric);
  let bump: Bump = changes.reduce<Bump>((acc, change) => maxBump(acc, change.bump), 'none');
  if (options.cohort === undefined) return { bump, changes };
  const cohort = cohortImpact(oldRubric, newRubric, options.cohort);
  if (cohort.changedLevel.length + cohort.changedScore.length + cohort.changedStatus.length > 0) bump = 'major';
  return { bump, changes, cohort };
}
