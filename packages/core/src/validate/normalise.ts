import type { FactDeclaration } from '../schema/facts.js';
import type { Rubric } from '../schema/rubric.js';

/**
 * Fills in the defaults the model documents, so later steps never guess:
 * - `scale.clamp` true, `scale.rounding` "half-up";
 * - each fact's `required`: false when it has a default, true otherwise; `source` "input";
 * - each rank's `rounding` "ceil".
 *
 * Returns a new rubric; the input is not changed. Applying it twice gives the same result.
 */
export function normaliseRubric(rubric: Rubric): Rubric {
  const facts = rubric.facts.map(
    (f): FactDeclaration => ({ ...f, required: f.required ?? f.default === undefined, source: f.source ?? 'input' }),
  );
  const out: Rubric = {
    ...rubric,
    scale: { ...rubric.scale, clamp: rubric.scale.clamp ?? true, rounding: rubric.scale.rounding ?? 'half-up' },
    facts,
  };
  if (rubric.ranks) out.ranks = rubric.ranks.map((r) => ({ ...r, rounding: r.rounding ?? 'ceil' }));
  return out;
}
