import * as z from 'zod';
import { Condition } from './condition.js';
import { Id, LocalisedText, Provenance } from './common.js';

export const CapEffect = z.object({ kind: z.literal('cap'), level: Id.describe('At most this level.') }).strict();
export const DemoteEffect = z.object({ kind: z.literal('demote'), by: z.number().int().positive().max(20) }).strict();
export const VetoEffect = z
  .object({ kind: z.literal('veto'), level: Id.optional().describe('The level given instead (e.g. "none"); without it, no level at all.') })
  .strict();
export const GateEffect = z.discriminatedUnion('kind', [CapEffect, DemoteEffect, VetoEffect]);
export type GateEffect = z.infer<typeof GateEffect>;

/**
 * A gate acts on the level, not the score. Order: band from score → demotions → caps (lowest
 * wins) → vetoes. A soft gate (原则上, "in principle") can be lifted by an override in the subject.
 */
export const Gate = z
  .object({
    id: Id,
    label: LocalisedText,
    when: Condition,
    effect: GateEffect,
    soft: z.boolean().optional().describe('"In principle": a subject override with a reason may lift it.'),
    categories: z.array(Id).optional(),
    ...Provenance,
  })
  .strict();
export type Gate = z.infer<typeof Gate>;
