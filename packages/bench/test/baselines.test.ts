import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTS, generateSubjects, type AnyangFacts } from '../src/data.js';
import { LEVELS, scoreAnyang, scoreAnyangCohort } from '../src/baselines/handwritten.js';
import { scoreJsonLogic } from '../src/baselines/json-logic.js';
import { prepareJsonRulesEngine } from '../src/baselines/json-rules-engine.js';
import { loadZen } from '../src/baselines/zen.js';
import { REPO_ROOT } from '../src/fixture.js';

interface Example {
  name: string;
  subject: { id: string; facts: Partial<AnyangFacts> };
  expected: { score: number; bandLevel: string; level: string };
}

/** The fixture's facts with the rubric's defaults filled in (empty lists, zero counts). */
function withDefaults(f: Partial<AnyangFacts>): AnyangFacts {
  const out: Record<string, unknown> = { commendations: [], innovations: [], electionOverdueMonths: 0 };
  for (const c of COUNTS) out[c] = 0;
  return { ...out, ...f } as AnyangFacts;
}

const examples = JSON.parse(
  readFileSync(join(REPO_ROOT, 'docs/fixtures/anyang-2017-star-rating.examples.json'), 'utf8'),
) as Example[];

describe('hand-written Anyang function', () => {
  it.each(examples.map((e) => [e.name, e] as const))('gives the worked example: %s', (_name, e) => {
    const r = scoreAnyang(withDefaults(e.subject.facts));
    expect(r).toEqual({ score: e.expected.score, level: e.expected.level });
  });

  it('puts 89.5 in four-star and 90 in five-star (half-open bands)', () => {
    const aspects = (last: number) => ({ a1: 9, a2: 9, a3: 9, a4: 9, a5: 9, a6: 9, a7: 9, a8: 9, a9: 9, a10: last });
    expect(scoreAnyang(withDefaults({ ...aspects(8.5), satisfaction: 0.9 }))).toEqual({ score: 89.5, level: 'four-star' });
    expect(scoreAnyang(withDefaults({ ...aspects(9), satisfaction: 0.9 }))).toEqual({ score: 90, level: 'five-star' });
  });
});

describe('baselines agree with the hand-written function', () => {
  const subjects = generateSubjects(3000, 7);
  const reference = subjects.map((s) => scoreAnyang(s.facts));

  it('the generated subjects reach every level', () => {
    expect(new Set(reference.map((r) => r.level))).toEqual(new Set(LEVELS));
  });

  it('json-logic-js', () => {
    expect(subjects.map((s) => scoreJsonLogic(s.facts))).toEqual(reference);
  });

  it('json-rules-engine', async () => {
    const jre = prepareJsonRulesEngine();
    const got = [];
    for (const s of subjects) got.push(await jre.score(s.facts));
    expect(got).toEqual(reference);
  });

  it('@gorules/zen-engine, or a stated reason why its native binding did not load', async () => {
    const z = await loadZen();
    if (!z.ok) {
      expect(z.reason.length).toBeGreaterThan(0);
      return;
    }
    const got = [];
    for (const s of subjects) got.push(await z.zen.score(s.facts));
    z.zen.dispose();
    expect(got).toEqual(reference);
  });
});

describe('hand-written cohort with quotas', () => {
  const n = 20_000;
  const subjects = generateSubjects(n, 11);
  const before = subjects.map((s) => scoreAnyang(s.facts));
  const cohort = scoreAnyangCohort(subjects);
  const byId = new Map(cohort.results.map((r) => [r.id, r]));
  const count = (pred: (l: string) => boolean) => cohort.results.filter((r) => pred(r.level)).length;

  it('keeps five-star within ⌊10%·N⌋ and one-star-or-below at least ⌈10%·N⌉', () => {
    expect(count((l) => l === 'five-star')).toBeLessThanOrEqual(Math.floor(n / 10));
    expect(count((l) => l === 'one-star' || l === 'none')).toBeGreaterThanOrEqual(Math.ceil(n / 10));
    // Both quotas bind on this data, so both code paths are exercised.
    expect(cohort.movedDown).toBeGreaterThan(0);
    expect(cohort.movedIntoFloor).toBeGreaterThan(0);
  });

  it('never splits a tied group at a boundary', () => {
    const fiveMin = Math.min(...cohort.results.filter((r) => r.level === 'five-star').map((r) => r.score));
    const movedDown = subjects.filter((s, i) => before[i]!.level === 'five-star' && byId.get(s.id)!.level !== 'five-star');
    for (const s of movedDown) expect(byId.get(s.id)!.score).toBeLessThan(fiveMin);
    const floorMovedMax = Math.max(
      ...subjects.filter((s, i) => before[i]!.level !== 'one-star' && before[i]!.level !== 'none' && byId.get(s.id)!.level === 'one-star').map((s) => byId.get(s.id)!.score),
    );
    const aboveMin = Math.min(...cohort.results.filter((r) => !['one-star', 'none'].includes(r.level)).map((r) => r.score));
    expect(aboveMin).toBeGreaterThan(floorMovedMax);
  });

  it('returns results sorted by id and the same whatever the input order', () => {
    const ids = cohort.results.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    const reversed = scoreAnyangCohort([...subjects].reverse());
    expect(reversed.results).toEqual(cohort.results);
  });
});
