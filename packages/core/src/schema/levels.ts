import * as z from 'zod';
import { FiniteNumber, Id, LocalisedText, Provenance } from './common.js';

/** A half-open score range: min ≤ score < max. A missing bound is open. */
export const Band = z
  .object({
    min: FiniteNumber.optional().describe('Inclusive lower bound.'),
    max: FiniteNumber.optional().describe('Exclusive upper bound.'),
  })
  .strict()
  .describe('Half-open score range [min, max).');
export type Band = z.infer<typeof Band>;

/** Levels are listed best first; demoting by one moves one place down the list. */
export const Level = z
  .object({
    id: Id,
    label: LocalisedText,
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional().describe('A colour such as #d4380d.'),
    band: Band.optional().describe('Scores in this range earn the level. A level without a band is reached only by a gate or quota.'),
    bandByCategory: z
      .record(Id, Band)
      .optional()
      .describe('A different range per category (e.g. minimum points per member type); other categories use `band`.'),
    ...Provenance,
  })
  .strict();
export type Level = z.infer<typeof Level>;

/** A second level scale and the mapping onto it, e.g. 好/较好/一般/较差 → five/four/three/two stars. */
export const Crosswalk = z
  .object({
    id: Id,
    label: LocalisedText,
    levels: z
      .array(z.object({ id: Id, label: LocalisedText, color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() }).strict())
      .min(1)
      .max(50)
      .describe('The target scale, best first.'),
    map: z.record(Id, Id).describe('Source level id → target level id.'),
    ...Provenance,
  })
  .strict();
export type Crosswalk = z.infer<typeof Crosswalk>;
