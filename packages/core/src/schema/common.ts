import * as z from 'zod';

/**
 * Identifiers name facts, rules and levels. They become object keys and JSON paths, so they are
 * restricted to a plain ASCII grammar, and names that collide with Object.prototype are refused
 * (a rubric is untrusted input).
 */
export const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);

export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, { message: 'id: a letter, then letters, digits, _ or -, at most 64' })
  .refine((s) => !RESERVED_IDS.has(s), { message: 'id is a reserved word' })
  .describe('An identifier: a letter, then letters, digits, "_" or "-" (at most 64).');
export type Id = z.infer<typeof Id>;

/** Text shown to people, in Chinese (required) and English (lint warns when missing). */
export const LocalisedText = z
  .object({
    zh: z.string().min(1).max(2000).describe('Chinese text (required).'),
    en: z.string().min(1).max(2000).optional().describe('English text.'),
  })
  .strict()
  .describe('Text in Chinese and English.');
export type LocalisedText = z.infer<typeof LocalisedText>;

/** Where a rule comes from in the source document. */
export const Clause = z
  .object({
    ref: z.string().min(1).max(200).describe('Where in the source, e.g. "三(三)5" or "Part 2 §3".'),
    quote: z.string().max(2000).optional().describe('The words of the source, verbatim.'),
  })
  .strict()
  .describe('The clause of the source document behind a rule.');
export type Clause = z.infer<typeof Clause>;

/**
 * Every rule cites its clause, or the assumptions (ids from `rubric.assumptions`) it rests on where
 * the source is silent. Lint warns about a rule with neither.
 */
export const Provenance = {
  clause: Clause.optional(),
  assumptions: z.array(Id).max(50).optional().describe('Ids of rubric assumptions this rule rests on.'),
};

/** A finite JSON number; NaN and Infinity cannot come from JSON, but can from a JS caller. */
export const FiniteNumber = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

/** A JSON value of bounded size, as allowed in condition values and fact defaults. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string().max(10_000),
    FiniteNumber,
    z.boolean(),
    z.null(),
    z.array(JsonValue).max(10_000),
    z.record(z.string(), JsonValue),
  ]),
);
