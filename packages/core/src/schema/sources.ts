import * as z from 'zod';
import { Condition } from './condition.js';
import { Id, LocalisedText, Provenance } from './common.js';

/** An evaluation source (自评, 党员群众测评, 上级考评); `validWhen` false flags the result for review. */
export const EvaluationSource = z
  .object({ id: Id, label: LocalisedText, validWhen: Condition.optional(), ...Provenance })
  .strict();
export type EvaluationSource = z.infer<typeof EvaluationSource>;

/** A condition that flags a result for review without changing it. */
export const ReviewFlag = z.object({ id: Id, label: LocalisedText, when: Condition, ...Provenance }).strict();
export type ReviewFlag = z.infer<typeof ReviewFlag>;

export const Category = z.object({ id: Id, label: LocalisedText, ...Provenance }).strict();
export type Category = z.infer<typeof Category>;
