import * as z from 'zod';
import { Id, LocalisedText, Provenance } from './common.js';

export const Percent = z.number().min(0).max(100).describe('A percentage, 0–100 (10 means 10%).');

export const TieBreak = z
  .object({ fact: Id, order: z.enum(['asc', 'desc']).describe('"desc": a higher value ranks higher.') })
  .strict();

/**
 * A cohort-wide limit over a set of levels. atMost: ⌊p·N⌋; atLeast: ⌈p·N⌉; target: p ± tolerance,
 * reported, never forced. Ties at a boundary are never split.
 */
export const Quota = z
  .object({
    id: Id,
    label: LocalisedText,
    levels: z.array(Id).min(1).describe('The levels counted together.'),
    kind: z.enum(['atMost', 'atLeast', 'target']),
    percent: Percent,
    tolerance: Percent.optional().describe('Target only: allowed distance in percentage points.'),
    perCategory: z.boolean().optional().describe('Apply within each category separately.'),
    tieBreak: z.array(TieBreak).max(10).optional().describe('Facts that order subjects with equal scores.'),
    ...Provenance,
  })
  .strict();
export type Quota = z.infer<typeof Quota>;

/** The bottom (or top) p% by score get a label, e.g. 相对后进村. */
export const RankOutcome = z
  .object({
    id: Id,
    label: LocalisedText,
    direction: z.enum(['bottom', 'top']),
    percent: Percent,
    rounding: z.enum(['floor', 'ceil', 'round']).optional().describe('How p·N becomes a count. Default: ceil.'),
    categories: z.array(Id).optional().describe('Rank only subjects of these categories.'),
    ...Provenance,
  })
  .strict();
export type RankOutcome = z.infer<typeof RankOutcome>;
