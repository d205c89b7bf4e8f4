import type { KindRegistry } from '../kind-entry.js';
import { direct } from './direct.js';
import { linear } from './linear.js';
import { lookup } from './lookup.js';
import { raters } from './raters.js';

/** How each points kind of an indicator diffs. */
export const POINTS_KINDS: KindRegistry = { direct, linear, lookup, raters };
