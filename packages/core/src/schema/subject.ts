import * as z from 'zod';
import { Id, JsonValue } from './common.js';

/** An authorised lifting of a soft gate, recorded in the trace. */
export const Override = z
  .object({
    gate: Id,
    reason: z.string().min(1).max(2000),
    by: z.string().max(200).optional().describe('Who authorised it.'),
  })
  .strict();
export type Override = z.infer<typeof Override>;

export const HistoryEntry = z
  .object({
    period: z.string().min(1).max(40).describe('A sortable period label such as "2019".'),
    level: Id.nullable(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** One subject to score: an organisation or a person. */
export const Subject = z
  .object({
    id: z.string().min(1).max(200),
    category: Id.optional(),
    facts: z.record(z.string(), JsonValue),
    history: z.array(HistoryEntry).max(100).optional(),
    overrides: z.array(Override).max(100).optional(),
  })
  .strict();
export type Subject = z.infer<typeof Subject>;
