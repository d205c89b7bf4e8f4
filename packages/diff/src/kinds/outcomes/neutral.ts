import type { Neutral } from '../kind-entry.js';

/**
 * Outcomes follow from the final level and never feed back into a score or a level, so a new one
 * only adds to results: minor.
 */
export function addsOutcomeOnly(): Neutral {
  return { reason: { zh: '仅新增结果运用，不改变任何分数和等次', en: 'it only adds an outcome; no score or level changes' } };
}
