import * as z from 'zod';
import { FiniteNumber, Id, LocalisedText } from './common.js';

const FactBase = {
  id: Id.describe('The fact id, used in subjects and conditions.'),
  label: LocalisedText,
  description: LocalisedText.optional(),
  required: z.boolean().optional().describe('A subject without it is an error. Default: false when a default is given, true otherwise.'),
  source: z
    .enum(['input', 'async'])
    .optional()
    .describe('"async": looked up while evaluating through the async evaluator (never given in the subject).'),
};

const NumericFact = {
  min: FiniteNumber.optional().describe('Smallest allowed value (inclusive).'),
  max: FiniteNumber.optional().describe('Largest allowed value (inclusive).'),
  step: z.number().positive().optional().describe('Values must be whole multiples of this, e.g. 0.5.'),
  unit: LocalisedText.optional(),
};

export const EnumOption = z
  .object({ id: z.string().min(1).max(64), label: LocalisedText })
  .strict()
  .describe('An allowed value of an enum fact.');
export type EnumOption = z.infer<typeof EnumOption>;

export const NumberFact = z
  .object({ ...FactBase, type: z.literal('number'), ...NumericFact, default: FiniteNumber.optional() })
  .strict();
export const IntegerFact = z
  .object({ ...FactBase, type: z.literal('integer'), ...NumericFact, default: z.number().int().optional() })
  .strict();
export const BooleanFact = z.object({ ...FactBase, type: z.literal('boolean'), default: z.boolean().optional() }).strict();
export const EnumFact = z
  .object({ ...FactBase, type: z.literal('enum'), options: z.array(EnumOption).min(1).max(200), default: z.string().optional() })
  .strict();
export const EnumListFact = z
  .object({
    ...FactBase,
    type: z.literal('enumList'),
    options: z.array(EnumOption).min(1).max(200),
    maxItems: z.number().int().positive().optional(),
    default: z.array(z.string()).optional(),
  })
  .strict();
export const StringFact = z
  .object({ ...FactBase, type: z.literal('string'), maxLength: z.number().int().positive().optional(), default: z.string().optional() })
  .strict();

export const FactDeclaration = z
  .discriminatedUnion('type', [NumberFact, IntegerFact, BooleanFact, EnumFact, EnumListFact, StringFact])
  .describe('An input fact every subject is checked against.');
export type FactDeclaration = z.infer<typeof FactDeclaration>;
export type FactType = FactDeclaration['type'];
