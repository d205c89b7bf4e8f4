import type { RubricRule } from '../../validate/rule.js';
import { bandGaps } from './band-gaps.js';
import { bandOverlaps } from './band-overlaps.js';
import { crosswalkUnmapped } from './crosswalk-unmapped.js';
import { indicatorMaxSum } from './indicator-max-sum.js';
import { missingEnglish } from './missing-english.js';
import { missingProvenance } from './missing-provenance.js';
import { pointsFactRange } from './points-fact-range.js';
import { quotaFeasibility } from './quota-feasibility.js';
import { softGateClause } from './soft-gate-clause.js';
import { unreachableLevels } from './unreachable-levels.js';
import { unusedConditions } from './unused-conditions.js';
import { unusedFacts } from './unused-facts.js';

/** The lint rules, in the order their warnings are reported. */
export const LINT_RULES: readonly RubricRule[] = [
  bandGaps,
  bandOverlaps,
  unreachableLevels,
  indicatorMaxSum,
  unusedFacts,
  unusedConditions,
  quotaFeasibility,
  missingProvenance,
  softGateClause,
  crosswalkUnmapped,
  pointsFactRange,
  missingEnglish,
];
