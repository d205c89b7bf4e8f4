import type { RubricRule } from '../rule.js';
import { adjustmentGroupRange } from './adjustment-group-range.js';
import { bandRange } from './band-range.js';
import { conditionCycles } from './condition-cycles.js';
import { conditionDepth } from './condition-depth.js';
import { conditionOperators } from './condition-operators.js';
import { crosswalkMap } from './crosswalk-map.js';
import { factDeclarations } from './fact-declarations.js';
import { factUseTypes } from './fact-use-types.js';
import { indicatorCategories } from './indicator-categories.js';
import { linearRange } from './linear-range.js';
import { lookupRows } from './lookup-rows.js';
import { precisionMultiple } from './precision.js';
import { quotaShape } from './quota-shape.js';
import { ratersParts } from './raters-parts.js';
import { refAdjustmentGroups } from './ref-adjustment-groups.js';
import { refAssumptions } from './ref-assumptions.js';
import { refCategories } from './ref-categories.js';
import { refConditions } from './ref-conditions.js';
import { refFacts } from './ref-facts.js';
import { refLevels } from './ref-levels.js';
import { refSources } from './ref-sources.js';
import { scaleRange } from './scale-range.js';
import { tierOptions } from './tier-options.js';
import { uniqueIds } from './unique-ids.js';

/** The validation rules, run in this order after the schema and normalisation. */
export const VALIDATION_RULES: readonly RubricRule[] = [
  uniqueIds,
  refFacts,
  refLevels,
  refCategories,
  refSources,
  refConditions,
  refAssumptions,
  refAdjustmentGroups,
  conditionCycles,
  conditionDepth,
  factDeclarations,
  factUseTypes,
  conditionOperators,
  tierOptions,
  lookupRows,
  linearRange,
  ratersParts,
  precisionMultiple,
  scaleRange,
  bandRange,
  crosswalkMap,
  quotaShape,
  adjustmentGroupRange,
  indicatorCategories,
];

export { MAX_CONDITION_DEPTH } from './condition-depth.js';
