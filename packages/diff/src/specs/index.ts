import type { EntitySpec } from './entity-spec.js';
import { adjustmentGroupsSpec } from './adjustment-groups.js';
import { adjustmentsSpec } from './adjustments.js';
import { assumptionsSpec } from './assumptions.js';
import { categoriesSpec } from './categories.js';
import { conditionsSpec } from './conditions.js';
import { crosswalksSpec } from './crosswalks.js';
import { factsSpec } from './facts.js';
import { flagsSpec } from './flags.js';
import { gatesSpec } from './gates.js';
import { historySpec } from './history.js';
import { indicatorsSpec } from './indicators.js';
import { levelsSpec } from './levels.js';
import { outcomesSpec } from './outcomes.js';
import { quotasSpec } from './quotas.js';
import { ranksSpec } from './ranks.js';
import { sectionsSpec } from './sections.js';
import { sourcesSpec } from './sources.js';

/** Every collection of a rubric, in the order changes are listed. */
export const COLLECTION_SPECS: readonly EntitySpec<never>[] = [
  categoriesSpec,
  factsSpec,
  conditionsSpec,
  sourcesSpec,
  sectionsSpec,
  indicatorsSpec,
  adjustmentsSpec,
  adjustmentGroupsSpec,
  levelsSpec,
  crosswalksSpec,
  gatesSpec,
  flagsSpec,
  quotasSpec,
  ranksSpec,
  outcomesSpec,
  historySpec,
  assumptionsSpec,
] as unknown as readonly EntitySpec<never>[];
