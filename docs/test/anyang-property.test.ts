/**
 * A second, independent reading of the Anyang rules (四(二), 四(三)1–6), written straight from the
 * source in integer half-points, compared with the engine running the fixture on random subjects.
 * If the fixture or the engine drifted from the text, some generated subject would disagree.
 */
import { evaluateSubject, prepareRubric, validateRubric } from '@rubricate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from './load.js';

const LEVELS = ['five-star', 'four-star', 'three-star', 'two-star', 'one-star', 'none'] as const;
const TIER = { city: 6, province: 10, national: 16 } as const; // half-points: 3 / 5 / 8
type Tier = keyof typeof TIER;

interface Facts {
  aspects: number[];
  commendations?: Tier[];
  innovations?: Tier[];
  criticisedByWorkCommittee?: number;
  criticisedByCityCommittee?: number;
  leadersPenalisedMinor?: number;
  leadersPenalisedMajor?: number;
  memberViolations?: number;
  satisfactionPercent: number;
  electionOverdueMonths?: number;
  absences?: number;
}

/** The rules as the source states them (with the fixture's stated assumptions), in half-points. */
function reference(f: Facts): { score: number; bandLevel: string; level: string } {
  let halves = f.aspects.reduce((s, a) => s + a, 0);
  const highest = (list: Tier[] | undefined): number => Math.max(0, ...(list ?? []).map((t) => TIER[t]));
  halves += highest(f.commendations) + highest(f.innovations);
  halves -= 6 * (f.criticisedByWorkCommittee ?? 0) + 10 * (f.criticisedByCityCommittee ?? 0);
  halves -= 6 * (f.leadersPenalisedMinor ?? 0) + 10 * (f.leadersPenalisedMajor ?? 0) + 4 * (f.memberViolations ?? 0);
  halves -= 6 * (f.absences ?? 0);
  if (f.satisfactionPercent < 60) halves -= 10;
  halves = Math.min(200, Math.max(0, halves));
  const band = halves >= 180 ? 0 : halves >= 160 ? 1 : halves >= 140 ? 2 : halves >= 120 ? 3 : halves >= 100 ? 4 : 5;
  let level = band;
  if ((f.absences ?? 0) >= 3) level = Math.min(5, level + 1);
  if ((f.absences ?? 0) >= 3 || (f.electionOverdueMonths ?? 0) > 0) level = Math.max(level, 1);
  if ((f.electionOverdueMonths ?? 0) > 12) level = Math.max(level, 2);
  if (f.satisfactionPercent < 50) level = 5;
  return { score: halves / 2, bandLevel: LEVELS[band]!, level: LEVELS[level]! };
}

// A list names each level at most once (the engine refuses repeats).
const tiers = fc.option(fc.subarray<Tier>(['city', 'province', 'national']), { nil: undefined });
const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
const facts: fc.Arbitrary<Facts> = fc.record(
  {
    // Mostly good organisations, so that every band and every gate is reached.
    aspects: fc.array(fc.integer({ min: 8, max: 20 }), { minLength: 10, maxLength: 10 }),
    commendations: tiers,
    innovations: tiers,
    criticisedByWorkCommittee: count(2),
    criticisedByCityCommittee: count(2),
    leadersPenalisedMinor: count(1),
    leadersPenalisedMajor: count(1),
    memberViolations: count(3),
    satisfactionPercent: fc.oneof(fc.constantFrom(49, 50, 59, 60), fc.integer({ min: 30, max: 100 })),
    electionOverdueMonths: fc.option(fc.constantFrom(0, 1, 12, 13, 24), { nil: undefined }),
    absences: count(4),
  },
  { requiredKeys: ['aspects', 'satisfactionPercent'] },
);

describe('anyang-2017-star-rating against an independent reading of the source', () => {
  const v = validateRubric(readJson('anyang-2017-star-rating.json'));
  if (!v.ok) throw new Error('the fixture does not validate');
  const prepared = prepareRubric(v.rubric);

  it('agrees on score, band and level for random subjects', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const subjectFacts: Record<string, unknown> = { satisfaction: f.satisfactionPercent / 100 };
        f.aspects.forEach((halves, i) => (subjectFacts[`a${i + 1}`] = halves / 2));
        for (const [k, value] of Object.entries(f)) {
          if (k !== 'aspects' && k !== 'satisfactionPercent' && value !== undefined) subjectFacts[k] = value;
        }
        const evaluation = evaluateSubject(prepared, { id: 'p', facts: subjectFacts });
        if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
        const { score, bandLevel, level } = evaluation.result;
        expect({ score, bandLevel, level }).toEqual(reference(f));
      }),
      { numRuns: 500, seed: 2017 },
    );
  });
});
