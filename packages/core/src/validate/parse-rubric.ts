import { parseJson } from '../json/parse-json.js';
import type { JsonLimits } from '../json/limits.js';
import { validateRubric, type ValidateRubricResult } from './validate-rubric.js';

/**
 * Parses rubric JSON text and validates it: {@link parseJson} then {@link validateRubric}. A syntax,
 * size or depth problem comes back as a single issue with its line and column.
 */
export function parseRubric(text: string, limits?: JsonLimits): ValidateRubricResult {
  const parsed = parseJson(text, limits);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  return validateRubric(parsed.value);
}
