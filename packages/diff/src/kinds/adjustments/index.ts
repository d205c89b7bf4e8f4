import type { KindRegistry } from '../kind-entry.js';
import { fixed } from './fixed.js';
import { perCount } from './per-count.js';
import { tiered } from './tiered.js';

/** How each adjustment kind (bonus or deduction) diffs. */
export const ADJUSTMENT_KINDS: KindRegistry = { perCount, tiered, fixed };
