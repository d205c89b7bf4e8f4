import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CohortDecisions, createCohortRescorer, createCohortScorer } from '../../src/cohort/index.js';
import { prepareRubric, type PreparedRubric } from '../../src/evaluate/index.js';
import { Rubric } from '../../src/schema/rubric.js';
import { anyang } from '../evaluate/fixtures/anyang.js';
import { anyangCohort } from '../property/arbitraries.js';

const DOCS = fileURLToPath(new URL('../../../../docs/fixtures/', import.meta.url));

/** Everything a cohort's decisions say, as JSON. */
function said(d: CohortDecisions): string {
  const c = d.columns();
  return JSON.stringify({
    errors: d.errors,
    distribution: d.distribution,
    quotas: d.quotas,
    ranks: d.ranks,
    summaries: [...d.summaries()],
    columns: { ...c, index: [...c.index], score: [...c.score], level: [...c.level], levelBeforeQuota: [...c.levelBeforeQuota], slot: [...c.slot] },
  });
}

function fresh(prepared: PreparedRubric, subjects: readonly unknown[]): string {
  const s = createCohortScorer(prepared);
  subjects.forEach((x, i) => s.add(x, i));
  return said(s.finish());
}

/** The Anyang rubric with its four-star band moved: points and levels change, facts do not. */
function editedBands(shift: number): Rubric {
  const r = structuredClone(anyang) as Rubric & { levels: { id: string; band?: { min?: number } }[] };
  for (const l of r.levels) if (l.band?.min !== undefined && l.id === 'four-star') l.band.min += shift;
  return Rubric.parse(r);
}

describe('createCohortRescorer', () => {
  it('decides as a fresh scorer does, after edits that keep the facts and after one that changes them', () => {
    fc.assert(
      fc.property(anyangCohort, fc.integer({ min: -5, max: 5 }), (subjects, shift) => {
        const withDup = subjects.length > 3 ? [...subjects, { ...(subjects[1] as object) }] : subjects;
        const rescore = createCohortRescorer(withDup);
        const p1 = prepareRubric(anyang);
        expect(said(rescore(p1))).toBe(fresh(p1, withDup));
        const p2 = prepareRubric(editedBands(shift));
        expect(said(rescore(p2))).toBe(fresh(p2, withDup));
        // A changed fact declaration: the subjects are checked again against it.
        const r3 = structuredClone(anyang) as Rubric;
        r3.facts = r3.facts.map((f) => (f.type === 'integer' && f.max === undefined ? { ...f, max: 2 } : f));
        const p3 = prepareRubric(Rubric.parse(r3));
        expect(said(rescore(p3))).toBe(fresh(p3, withDup));
        expect(said(rescore(p1))).toBe(fresh(p1, withDup));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  for (const name of ['member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification']) {
    it(`decides ${name}'s documented cohort as a fresh scorer does`, () => {
      const p = prepareRubric(Rubric.parse(JSON.parse(readFileSync(`${DOCS}${name}.json`, 'utf8'))));
      const subjects = JSON.parse(readFileSync(`${DOCS}${name}.cohort.json`, 'utf8')) as unknown[];
      const rescore = createCohortRescorer(subjects);
      expect(said(rescore(p))).toBe(fresh(p, subjects));
      expect(said(rescore(p))).toBe(fresh(p, subjects));
    });
  }
});
