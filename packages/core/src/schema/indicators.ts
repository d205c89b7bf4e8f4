import * as z from 'zod';
import { FiniteNumber, Id, LocalisedText, Provenance } from './common.js';

/** The assessor's points, taken as they are (checked against 0..max and the precision). */
export const DirectPoints = z.object({ kind: z.literal('direct'), fact: Id }).strict();

/** A measured fact mapped linearly onto 0..max between `lower` and `upper`, then rounded to the precision. */
export const LinearPoints = z
  .object({
    kind: z.literal('linear'),
    fact: Id,
    lower: FiniteNumber.describe('Fact value that earns 0 points (or max when inverted).'),
    upper: FiniteNumber.describe('Fact value that earns full points (or 0 when inverted).'),
    invert: z.boolean().optional().describe('Lower is better (e.g. complaints).'),
  })
  .strict();

/** First matching row wins; a row matches `equals`, or min ≤ value < max (half-open). */
export const LookupRow = z
  .object({
    equals: z.union([z.string(), FiniteNumber, z.boolean()]).optional(),
    min: FiniteNumber.optional(),
    max: FiniteNumber.optional(),
    points: FiniteNumber,
    label: LocalisedText.optional(),
  })
  .strict();
export const LookupPoints = z
  .object({
    kind: z.literal('lookup'),
    fact: Id,
    rows: z.array(LookupRow).min(1).max(500),
    otherwise: FiniteNumber.optional().describe('Points when no row matches; without it, no match is a subject error.'),
  })
  .strict();

/** Points combined from several raters (self, members and public, superior) by weights that sum to 1. */
export const RaterPart = z
  .object({
    source: Id.describe('An evaluation source declared in rubric.sources.'),
    fact: Id.describe('The fact holding this rater’s points for the indicator (0..max).'),
    weight: z.number().positive().max(1),
  })
  .strict();
export const RatersPoints = z.object({ kind: z.literal('raters'), parts: z.array(RaterPart).min(1).max(20) }).strict();

export const PointsRule = z
  .discriminatedUnion('kind', [DirectPoints, LinearPoints, LookupPoints, RatersPoints])
  .describe('How an indicator gets its points.');
export type PointsRule = z.infer<typeof PointsRule>;

export const Indicator = z
  .object({
    id: Id,
    label: LocalisedText,
    description: LocalisedText.optional(),
    max: z.number().nonnegative().describe('Maximum points.'),
    maxByCategory: z.record(Id, z.number().nonnegative()).optional().describe('A different maximum (weight) per category.'),
    categories: z.array(Id).optional().describe('Only subjects of these categories are scored on it.'),
    points: PointsRule,
    ...Provenance,
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

export const Section = z
  .object({
    id: Id,
    label: LocalisedText,
    description: LocalisedText.optional(),
    indicators: z.array(Indicator).min(1).max(500),
    ...Provenance,
  })
  .strict();
export type Section = z.infer<typeof Section>;
