import fc from 'fast-check';

/** Anyang subjects whose scores collide often (so ties and quota boundaries are exercised). */
export const anyangFacts = fc.record({
  aspects: fc.array(fc.constantFrom(5, 7.5, 8, 9, 9.5, 10), { minLength: 10, maxLength: 10 }),
  satisfaction: fc.constantFrom(0.3, 0.49, 0.5, 0.59, 0.6, 0.9, 1),
  absences: fc.integer({ min: 0, max: 4 }),
  criticisedByCityCommittee: fc.integer({ min: 0, max: 3 }),
  memberViolations: fc.integer({ min: 0, max: 20 }),
  electionOverdueMonths: fc.constantFrom(0, 6, 12, 13),
  commendations: fc.subarray(['city', 'province', 'national']),
  innovations: fc.subarray(['city', 'province', 'national']),
});

export type AnyangFacts = typeof anyangFacts extends fc.Arbitrary<infer T> ? T : never;

export function anyangSubject(id: string, f: AnyangFacts): { id: string; facts: Record<string, unknown> } {
  const facts: Record<string, unknown> = {
    satisfaction: f.satisfaction,
    absences: f.absences,
    criticisedByCityCommittee: f.criticisedByCityCommittee,
    memberViolations: f.memberViolations,
    electionOverdueMonths: f.electionOverdueMonths,
    commendations: f.commendations,
    innovations: f.innovations,
  };
  f.aspects.forEach((v, i) => (facts[`a${i + 1}`] = v));
  return { id, facts };
}

/** A cohort of 1–60 subjects, some of them broken. */
export const anyangCohort = fc
  .array(fc.oneof({ weight: 12, arbitrary: anyangFacts.map((f) => ({ ok: true as const, f })) }, { weight: 1, arbitrary: fc.constant({ ok: false as const }) }), { minLength: 1, maxLength: 60 })
  .map((rows) => rows.map((r, i) => (r.ok ? anyangSubject(`org-${String(i).padStart(3, '0')}`, r.f) : { id: `bad-${i}`, facts: { a1: 'x' } })));
