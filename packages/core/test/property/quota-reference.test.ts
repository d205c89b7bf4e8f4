import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCohortScorer, evaluateCohort } from '../../src/cohort/index.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import { anyang } from '../evaluate/fixtures/anyang.js';

const PROPERTY_TIMEOUT = 120_000;
const prepared = prepareRubric(anyang);
/** The same rubric with both quotas ranking equal scores by satisfaction, higher first. */
const withTieBreak = prepareRubric({ ...anyang, quotas: anyang.quotas?.map((q) => ({ ...q, tieBreak: [{ fact: 'satisfaction', order: 'desc' as const }] })) });
const LEVELS = anyang.levels.map((l) => l.id);
const NONE = LEVELS.length;

/**
 * Cohorts where many subjects share a score (every aspect the same, few values), so tied groups
 * of every size fall on both quota boundaries.
 */
const tiedCohort = fc
  .array(
    fc.record({
      // Mostly above one-star, so that the floor has to bring subjects down.
      each: fc.constantFrom(4, 6, 6, 7, 8, 8, 9, 9.5, 10, 10),
      satisfaction: fc.constantFrom(0.45, 0.8, 0.9, 0.9, 0.95, 0.95),
      absences: fc.constantFrom(0, 0, 0, 0, 0, 3),
    }),
    // Any length up to 200 (not mostly short ones): large cohorts take the counting-sort ranking.
    { minLength: 1, maxLength: 200, size: 'max' },
  )
  .chain((rows) => fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }).map((order) => ({ rows, order })))
  .map(({ rows, order }) =>
    order.map((i) => {
      const r = rows[i]!;
      const facts: Record<string, unknown> = { satisfaction: r.satisfaction, absences: r.absences };
      for (let a = 1; a <= 10; a++) facts[`a${a}`] = r.each;
      return { id: `org-${String(i).padStart(3, '0')}`, facts };
    }),
  );

interface Row {
  id: string;
  score: number;
  /** The tie-break value (satisfaction), when the quotas have one. */
  tie: number;
  level: number;
}

/**
 * The quota rule as written (semantics 6), directly: rank by score, then by the tie-break when
 * there is one, then id; a tied group (nothing left to tell them apart but the id) at a boundary
 * moves or stays whole. Anyang: five-star at most ⌊10%·N⌋, then one-star and below at least ⌈10%·N⌉.
 */
function reference(rows: Row[], tieBreak: boolean): { levels: Map<string, number>; moved: string[][]; tied: string[][] } {
  const N = rows.length;
  const rankCmp = (a: Row, b: Row) => b.score - a.score || (tieBreak ? b.tie - a.tie : 0);
  const byRank = [...rows].sort((a, b) => rankCmp(a, b) || (a.id < b.id ? -1 : 1));
  const same = (a: Row, b: Row) => rankCmp(a, b) === 0;
  const moved: string[][] = [];
  const tied: string[][] = [];
  // five-star (0) at most ⌊N/10⌋: the excess, from the bottom of the ranking, to four-star (1).
  const inside = byRank.filter((r) => r.level === 0);
  const cap = Math.floor(N / 10);
  let cut = inside.length;
  let review: Row[] = [];
  if (inside.length > cap) {
    cut = cap;
    if (cut > 0 && same(inside[cut - 1]!, inside[cut]!)) {
      const at = inside[cut]!;
      review = inside.filter((r) => same(r, at));
      cut = inside.findIndex((r) => same(r, at));
    }
  }
  const down = inside.slice(cut);
  for (const r of down) r.level = 1;
  moved.push(down.map((r) => r.id));
  tied.push(review.map((r) => r.id).sort());
  // one-star (4) and none (5) at least ⌈N/10⌉: the lowest ranked above come down to one-star.
  const floor = Math.ceil(N / 10);
  const before = rows.filter((r) => r.level >= 4).length;
  review = [];
  let up: Row[] = [];
  if (before < floor) {
    const above = byRank.filter((r) => r.level < 4).reverse();
    let take = Math.min(floor - before, above.length);
    if (take > 0 && take < above.length && same(above[take - 1]!, above[take]!)) {
      const at = above[take]!;
      review = above.filter((r) => same(r, at));
      // Lowest first: the group ends after its last member.
      take = above.length - [...above].reverse().findIndex((r) => same(r, at));
    }
    up = above.slice(0, take);
    for (const r of up) r.level = 4;
  }
  moved.push(up.reverse().map((r) => r.id));
  tied.push(review.map((r) => r.id).sort());
  return { levels: new Map(rows.map((r) => [r.id, r.level])), moved, tied };
}

describe('quotas against the rule written out directly', () => {
  it.each([
    ['by score, then id', prepared, false],
    ['by score, then a tie-break fact, then id', withTieBreak, true],
  ] as const)('the same final levels, moved subjects (in rank order) and tied groups, on cohorts full of ties: %s', (_name, p, tieBreak) => {
    fc.assert(
      fc.property(tiedCohort, (subjects) => {
        const out = evaluateCohort(p, subjects);
        expect(out.errors).toEqual([]);
        const tieOf = new Map(subjects.map((s) => [s.id, s.facts.satisfaction as number]));
        const rows = out.results.map((r) => ({
          id: r.id,
          score: r.score,
          tie: tieOf.get(r.id) as number,
          level: r.levelBeforeQuota === null ? NONE : LEVELS.indexOf(r.levelBeforeQuota),
        }));
        const want = reference(rows, tieBreak);
        for (const r of out.results) expect([r.id, r.level === null ? NONE : LEVELS.indexOf(r.level)]).toEqual([r.id, want.levels.get(r.id)]);
        expect(out.quotas.map((q) => q.moved)).toEqual(want.moved);
        expect(out.quotas.map((q) => q.tiedForReview)).toEqual(want.tied);
        // The compact path decides the same, whatever order subjects are added in.
        const scorer = createCohortScorer(p);
        subjects.forEach((s, i) => scorer.add(s, i));
        const d = scorer.finish();
        for (const [id, level] of want.levels) expect([id, d.finalLevelOf(id)]).toEqual([id, LEVELS[level] ?? null]);
        expect(d.quotas.map((q) => q.moved)).toEqual(want.moved);
        expect(d.quotas.map((q) => q.tiedForReview)).toEqual(want.tied);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
