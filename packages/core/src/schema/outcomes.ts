import * as z from 'zod';
import { Condition } from './condition.js';
import { FiniteNumber, Id, LocalisedText, Provenance } from './common.js';

const OutcomeBase = {
  id: Id,
  label: LocalisedText,
  levels: z.array(Id).min(1).describe('Final levels the outcome follows from.'),
  when: Condition.optional(),
  categories: z.array(Id).optional(),
  ...Provenance,
};

export const RewardOutcome = z
  .object({ ...OutcomeBase, kind: z.literal('reward'), amount: FiniteNumber, currency: z.string().regex(/^[A-Z]{3}$/) })
  .strict();
export const LabelOutcome = z.object({ ...OutcomeBase, kind: z.literal('label') }).strict();
export const ActionOutcome = z.object({ ...OutcomeBase, kind: z.literal('action') }).strict();
export const Outcome = z
  .discriminatedUnion('kind', [RewardOutcome, LabelOutcome, ActionOutcome])
  .describe('What follows from a final level: a reward, a label or an action.');
export type Outcome = z.infer<typeof Outcome>;

/** A condition over consecutive periods: this period's level and the earlier ones given in `history`. */
export const HistoryRule = z
  .object({
    id: Id,
    label: LocalisedText,
    levels: z.array(Id).min(1).describe('Each of the periods must be at one of these levels.'),
    consecutive: z.number().int().min(2).max(50).describe('Number of periods, this one included.'),
    outcome: z.enum(['label', 'action']),
    ...Provenance,
  })
  .strict();
export type HistoryRule = z.infer<typeof HistoryRule>;
