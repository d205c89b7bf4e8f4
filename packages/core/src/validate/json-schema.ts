import * as z from 'zod';
import { Rubric } from '../schema/rubric.js';

/**
 * The JSON Schema (draft 2020-12) of a rubric, generated from the `Rubric` schema, for editors that
 * complete and check rubric files. The package ships the same document as
 * `@rubricate/core/json-schema`. It checks shape only; {@link validateRubric} also checks the rules.
 */
export function rubricJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Rubric, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
