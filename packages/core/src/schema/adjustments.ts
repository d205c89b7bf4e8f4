import * as z from 'zod';
import { Condition } from './condition.js';
import { FiniteNumber, Id, LocalisedText, Provenance } from './common.js';

/**
 * Bonuses are positive points, deductions negative. Each kind of adjustment declares its own
 * behaviour in the evaluator's registry (one file per kind).
 */
const AdjustmentBase = {
  id: Id,
  label: LocalisedText,
  group: Id.optional().describe('An adjustment group whose total is capped.'),
  categories: z.array(Id).optional().describe('Applies only to subjects of these categories.'),
  ...Provenance,
};

/** points × count, e.g. −3 for each notified criticism. */
export const PerCountAdjustment = z
  .object({
    ...AdjustmentBase,
    kind: z.literal('perCount'),
    fact: Id.describe('An integer fact: how many times.'),
    points: FiniteNumber.describe('Points per occurrence (negative for a deduction).'),
    cap: z.number().positive().optional().describe('At most this many points in total, in absolute value.'),
  })
  .strict();

/** Points by tier of an enum or enum-list fact; `highest` keeps only the largest (以最高的为准), `sum` adds them. */
export const TieredAdjustment = z
  .object({
    ...AdjustmentBase,
    kind: z.literal('tiered'),
    fact: Id.describe('An enum or enumList fact.'),
    tiers: z.record(z.string(), FiniteNumber).describe('Points per option id.'),
    pick: z.enum(['highest', 'sum']).describe('"highest": only the largest tier counts; "sum": every item counts.'),
    cap: z.number().positive().optional(),
  })
  .strict();

/** Fixed points when a condition holds, e.g. −5 when satisfaction is below 60%. */
export const FixedAdjustment = z
  .object({ ...AdjustmentBase, kind: z.literal('fixed'), when: Condition, points: FiniteNumber })
  .strict();

export const Adjustment = z
  .discriminatedUnion('kind', [PerCountAdjustment, TieredAdjustment, FixedAdjustment])
  .describe('A bonus or deduction.');
export type Adjustment = z.infer<typeof Adjustment>;

/** Caps the total of the adjustments that name this group. */
export const AdjustmentGroup = z
  .object({
    id: Id,
    label: LocalisedText,
    min: FiniteNumber.optional().describe('The group total is at least this (e.g. −20).'),
    max: FiniteNumber.optional().describe('The group total is at most this (e.g. +10).'),
    ...Provenance,
  })
  .strict();
export type AdjustmentGroup = z.infer<typeof AdjustmentGroup>;
