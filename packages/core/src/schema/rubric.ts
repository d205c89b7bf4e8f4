import * as z from 'zod';
import { AdjustmentGroup, Adjustment } from './adjustments.js';
import { Condition } from './condition.js';
import { Clause, FiniteNumber, Id, LocalisedText } from './common.js';
import { Quota, RankOutcome } from './cohort.js';
import { FactDeclaration } from './facts.js';
import { Gate } from './gates.js';
import { Section } from './indicators.js';
import { Crosswalk, Level } from './levels.js';
import { HistoryRule, Outcome } from './outcomes.js';
import { Category, EvaluationSource, ReviewFlag } from './sources.js';

export const SCHEMA_VERSION = 1;

export const SemVer = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, { message: 'version: semver such as 1.2.0' });

/**
 * The score scale. Points are exact decimals: every point value is a multiple of `precision`
 * (0.5, 0.1, 0.01 …) and sums are done in integers of that unit.
 */
export const Scale = z
  .object({
    min: FiniteNumber.describe('Lowest score (clamp floor), usually 0.'),
    max: FiniteNumber.describe('Full score, usually 100.'),
    precision: z.number().positive().describe('Smallest step of points, e.g. 0.5 or 0.1.'),
    clamp: z.boolean().optional().describe('Clamp the score to [min, max]. Default: true.'),
    rounding: z
      .enum(['half-up', 'half-even', 'down', 'up'])
      .optional()
      .describe('How computed points (linear scales, weighted raters) round to the precision. Default: half-up.'),
  })
  .strict();
export type Scale = z.infer<typeof Scale>;

export const SourceDocument = z
  .object({
    title: LocalisedText,
    issuer: LocalisedText.optional(),
    reference: z.string().max(200).optional().describe('Document number, e.g. 驿委(2012)38号.'),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).describe('YYYY, YYYY-MM or YYYY-MM-DD.'),
    seed: z.string().max(200).optional().describe('The file of the source text this rubric encodes.'),
  })
  .strict();

export const Assumption = z
  .object({ id: Id, text: LocalisedText, clause: Clause.optional().describe('The clause that is silent or ambiguous.') })
  .strict()
  .describe('Something the rubric assumes where the source is silent, stated in the open.');
export type Assumption = z.infer<typeof Assumption>;

export const ChangelogEntry = z
  .object({ version: SemVer, date: z.string().max(40).optional(), note: LocalisedText })
  .strict();

export const Rubric = z
  .object({
    $schema: z.string().max(500).optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    version: SemVer,
    title: LocalisedText,
    description: LocalisedText.optional(),
    source: SourceDocument.optional(),
    assumptions: z.array(Assumption).max(200).optional(),
    changelog: z.array(ChangelogEntry).max(500).optional(),
    categories: z.array(Category).max(100).optional(),
    facts: z.array(FactDeclaration).max(1000),
    conditions: z.record(Id, Condition).optional().describe('Shared named conditions, referenced as { "condition": name }.'),
    sources: z.array(EvaluationSource).max(20).optional(),
    scale: Scale,
    sections: z.array(Section).max(200),
    adjustments: z.array(Adjustment).max(1000).optional(),
    adjustmentGroups: z.array(AdjustmentGroup).max(100).optional(),
    levels: z.array(Level).min(1).max(50),
    crosswalks: z.array(Crosswalk).max(10).optional(),
    gates: z.array(Gate).max(500).optional(),
    flags: z.array(ReviewFlag).max(500).optional(),
    quotas: z.array(Quota).max(50).optional(),
    ranks: z.array(RankOutcome).max(50).optional(),
    outcomes: z.array(Outcome).max(500).optional(),
    history: z.array(HistoryRule).max(50).optional(),
  })
  .strict()
  .describe('A rubricate scoring rubric.');
export type Rubric = z.infer<typeof Rubric>;
