import type { KindRegistry } from '../kind-entry.js';
import { action } from './action.js';
import { label } from './label.js';
import { reward } from './reward.js';

/** How each outcome kind diffs. */
export const OUTCOME_KINDS: KindRegistry = { reward, label, action };
