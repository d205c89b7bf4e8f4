import * as z from 'zod';
import { Id, JsonValue } from './common.js';

/**
 * Conditions use json-rules-engine's format, which is the reference for what they mean.
 * Only the ten built-in operators are allowed: a rubric cannot register code.
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;
export const Operator = z.enum(OPERATORS).describe('A json-rules-engine built-in operator.');
export type Operator = z.infer<typeof Operator>;

/**
 * `path` selects inside an object or list fact. json-rules-engine's default resolver hands it to
 * jsonpath-plus, which evaluates script expressions; we accept only `$`, `.name` and `[index]`
 * segments and always resolve paths ourselves.
 */
export const PATH_PATTERN = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/;
export const FactPath = z
  .string()
  .max(200)
  .regex(PATH_PATTERN, {
    message: 'path: only $, .name and [index] are allowed (no filters, scripts, wildcards or ..)',
  })
  .describe('A plain path into the fact: $, then .name or [index] segments.');

/** The right-hand side may name another fact instead of a literal. */
export const FactReference = z
  .object({ fact: Id, path: FactPath.optional() })
  .strict()
  .describe('The value of another fact.');

export const LeafCondition = z
  .object({
    fact: Id.describe('The fact to test.'),
    operator: Operator,
    value: z.union([FactReference, JsonValue]).describe('The value to compare with, or { fact } naming another fact.'),
    path: FactPath.optional(),
    params: z.record(z.string(), JsonValue).optional().describe('Passed to asynchronous facts.'),
  })
  .strict();
export type LeafCondition = z.infer<typeof LeafCondition>;

export type Condition =
  | LeafCondition
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { condition: string };

export const MAX_CONDITION_ITEMS = 200;

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafCondition,
    z.object({ all: z.array(Condition).min(1).max(MAX_CONDITION_ITEMS) }).strict(),
    z.object({ any: z.array(Condition).min(1).max(MAX_CONDITION_ITEMS) }).strict(),
    z.object({ not: Condition }).strict(),
    z.object({ condition: Id.describe('The name of a shared condition in rubric.conditions.') }).strict(),
  ]),
).describe('A json-rules-engine condition: all / any / not / condition reference, or a fact test.');
