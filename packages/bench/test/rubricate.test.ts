import { describe, expect, it } from 'vitest';
import { generateSubjects } from '../src/data.js';
import { scoreAnyang, scoreAnyangCohort } from '../src/baselines/handwritten.js';
import { loadRubricate } from '../src/engines/rubricate.js';

// The benchmark times rubricate only when it agrees with the hand-written function; this keeps
// that agreement checked in the normal test run.
describe('rubricate on the Anyang fixture', async () => {
  const load = await loadRubricate();

  it('loads the core evaluator', () => {
    expect(load.ok ? 'ok' : load.reason).toBe('ok');
  });

  const subjects = generateSubjects(3000, 5);

  it('scores every subject like the hand-written function', () => {
    if (!load.ok) throw new Error(load.reason);
    expect(subjects.map((s) => load.engine.score(s))).toEqual(subjects.map((s) => scoreAnyang(s.facts)));
  });

  it('gives the same cohort with quotas as the hand-written cohort', () => {
    if (!load.ok || !load.engine.cohort) throw new Error(load.ok ? 'evaluateCohort not exported' : load.reason);
    const got = load.engine.cohort(subjects);
    expect(got.errors).toEqual([]);
    expect(got.results.map((r) => ({ id: r.id, score: r.score, level: r.level }))).toEqual(
      scoreAnyangCohort(subjects).results.map(({ id, score, level }) => ({ id, score, level })),
    );
  });

  it('scores every subject like the hand-written function on the lean path (createLeanScorer)', () => {
    if (!load.ok || !load.engine.lean) throw new Error(load.ok ? 'createLeanScorer not exported' : load.reason);
    const lean = load.engine.lean;
    expect(subjects.map((s) => lean(s))).toEqual(subjects.map((s) => scoreAnyang(s.facts)));
  });

  it('gives the same cohort with quotas from createCohortScorer add + finish', () => {
    if (!load.ok || !load.engine.cohortCompact) throw new Error(load.ok ? 'createCohortScorer not exported' : load.reason);
    const got = load.engine.cohortCompact(subjects);
    expect(got.decisions.errors).toEqual([]);
    expect([...got.results()]).toEqual(scoreAnyangCohort(subjects).results.map(({ id, score, level }) => ({ id, score, level })));
  });
});
