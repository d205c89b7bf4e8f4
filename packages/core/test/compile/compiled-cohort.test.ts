import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CohortDecisions, createCohortScorer } from '../../src/cohort/index.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { loadCompiled } from './load.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../../../../docs/fixtures');
const DOCS = ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification'];

/** Everything a finished cohort decides, as plain data. */
function decided(d: CohortDecisions): unknown {
  return {
    rubric: d.rubric,
    scored: d.scored,
    errors: d.errors,
    distribution: d.distribution,
    quotas: d.quotas,
    ranks: d.ranks,
    order: [...d.order()],
    summaries: [...d.summaries()],
    columns: d.columns(),
  };
}

describe("a compiled module's cohort scorer decides as createCohortScorer does", () => {
  for (const name of DOCS) {
    it(`${name}: the cohort in any order, with damaged and duplicated subjects`, async () => {
      const prepared = prepareRubric(JSON.parse(readFileSync(resolve(fixtures, `${name}.json`), 'utf8')) as Rubric);
      const mod = await loadCompiled(prepared);
      const cohort = JSON.parse(readFileSync(resolve(fixtures, `${name}.cohort.json`), 'utf8')) as { id: string; facts: Record<string, unknown> }[];
      const damaged = fc.record({ at: fc.nat(), fact: fc.nat(), value: fc.constantFrom(-1, 0.25, 1e9, '3', null, undefined), dup: fc.boolean() });
      fc.assert(
        fc.property(fc.shuffledSubarray(cohort, { minLength: 1 }), fc.array(damaged, { maxLength: 3 }), (subjects, damage) => {
          const list: unknown[] = [...subjects];
          for (const d of damage) {
            const s = subjects[d.at % subjects.length] as (typeof subjects)[number];
            const keys = Object.keys(s.facts);
            list.push(d.dup ? s : { ...s, id: `${s.id}-x`, facts: { ...s.facts, [keys[d.fact % keys.length] as string]: d.value } });
          }
          const a = createCohortScorer(prepared, { expected: list.length });
          const b = mod.createCohortScorer(prepared, { expected: list.length });
          list.forEach((s, i) => {
            a.add(s, i);
            b.add(s, i);
          });
          expect(decided(b.finish())).toEqual(decided(a.finish()));
        }),
        { numRuns: 60 },
      );
    }, PROPERTY_TIMEOUT);
  }
});
