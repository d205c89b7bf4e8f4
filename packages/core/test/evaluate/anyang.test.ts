import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import type { SubjectResult } from '../../src/result/types.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { anyang, withTotal } from './fixtures/anyang.js';

const prepared = prepareRubric(anyang);

function scoreWith(p: ReturnType<typeof prepareRubric>, total: number, facts: Record<string, unknown> = {}): SubjectResult {
  const r = evaluateSubject(p, withTotal('s', total, facts));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.result;
}
const score = (total: number, facts: Record<string, unknown> = {}) => scoreWith(prepared, total, facts);

const docsFixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/fixtures/anyang-2017-star-rating.json');
const rubrics: [string, Rubric][] = [['inline copy', anyang]];
try {
  rubrics.push(['docs fixture', JSON.parse(readFileSync(docsFixture, 'utf8')) as Rubric]);
} catch {
  // The docs fixture lives in another package; the inline copy covers the same rules.
}

describe.each(rubrics)('Anyang boundaries (%s)', (_name, rubric) => {
  const p = prepareRubric(rubric);
  const at = (total: number, facts: Record<string, unknown> = {}) => scoreWith(p, total, facts);
  it('bands: 89.5 four-star, 90 five-star, 49.5 none', () => {
    expect([at(89.5).level, at(90).level, at(80).level, at(79.5).level, at(50).level, at(49.5).level]).toEqual([
      'four-star',
      'five-star',
      'four-star',
      'three-star',
      'one-star',
      'none',
    ]);
  });
  it('satisfaction 0.6 / 0.59 / 0.5 / 0.49', () => {
    expect(at(95, { satisfaction: 0.6 }).score).toBe(95);
    expect(at(95, { satisfaction: 0.59 }).score).toBe(90);
    expect(at(95, { satisfaction: 0.5 }).level).toBe('five-star');
    expect(at(95, { satisfaction: 0.49 }).level).toBe('none');
  });
  it('3 absences demote and cap; 2 do not', () => {
    expect(at(100, { absences: 3 })).toMatchObject({ score: 91, bandLevel: 'five-star', level: 'four-star' });
    expect(at(85, { absences: 3 })).toMatchObject({ score: 76, level: 'two-star' });
    expect(at(100, { absences: 2 })).toMatchObject({ score: 94, level: 'five-star' });
  });
  it('electionOverdueMonths 0 / 12 / 13', () => {
    expect([0, 12, 13].map((m) => at(95, { electionOverdueMonths: m }).level)).toEqual(['five-star', 'four-star', 'three-star']);
  });
});

describe('Anyang 2017 star rating: boundaries', () => {
  it('89.5 is four-star, 90 is five-star (half-open bands)', () => {
    expect(score(89.5).level).toBe('four-star');
    expect(score(90).level).toBe('five-star');
    expect(score(79.5).level).toBe('three-star');
    expect(score(80).level).toBe('four-star');
    expect(score(50).level).toBe('one-star');
    expect(score(49.5).level).toBe('none');
  });

  it('satisfaction 0.6 is not deducted; just below is −5; 0.5 is not vetoed; just below is', () => {
    expect(score(95, { satisfaction: 0.6 }).score).toBe(95);
    const low = score(95, { satisfaction: 0.59 });
    expect(low.score).toBe(90);
    expect(low.level).toBe('five-star');
    const atHalf = score(95, { satisfaction: 0.5 });
    expect(atHalf.score).toBe(90);
    expect(atHalf.level).toBe('five-star');
    const vetoed = score(95, { satisfaction: 0.49 });
    expect(vetoed.bandLevel).toBe('five-star');
    expect(vetoed.level).toBe('none');
    const veto = vetoed.trace.find((t) => t.step === 'gate' && t.rule === 'satisfactionVeto');
    expect(veto).toMatchObject({ from: 'five-star', to: 'none' });
    expect(veto?.message.zh).toBe('民主评议满意率低于50%：一票否决，评为无星级（原为五星级）');
  });

  it('3 absences: −9 points, demoted one level and capped at four-star; 2 absences only deduct', () => {
    const three = score(100, { absences: 3 });
    expect(three.score).toBe(91);
    expect(three.bandLevel).toBe('five-star');
    // demote (five → four), then cap four (no change)
    expect(three.level).toBe('four-star');
    const gateSteps = three.trace.filter((t) => t.step === 'gate').map((t) => [t.rule, t.from, t.to]);
    expect(gateSteps).toEqual([
      ['absencesDemote', 'five-star', 'four-star'],
      ['absencesCap', 'four-star', 'four-star'],
    ]);
    const low = score(85, { absences: 3 });
    expect(low.score).toBe(76);
    expect(low.level).toBe('two-star');
    const two = score(100, { absences: 2 });
    expect(two.score).toBe(94);
    expect(two.level).toBe('five-star');
  });

  it('election overdue 0 / 12 / 13 months', () => {
    expect(score(95, { electionOverdueMonths: 0 }).level).toBe('five-star');
    expect(score(95, { electionOverdueMonths: 12 }).level).toBe('four-star');
    expect(score(95, { electionOverdueMonths: 13 }).level).toBe('three-star');
    expect(score(75, { electionOverdueMonths: 13 }).level).toBe('three-star');
    expect(score(65, { electionOverdueMonths: 13 }).level).toBe('two-star');
  });

  it('commendations: only the highest counts; deductions per count; clamp to 100', () => {
    const r = score(95, { commendations: ['city', 'national'], innovations: ['province'], criticisedByCityCommittee: 2 });
    expect(r.unclampedScore).toBe(95 + 8 + 5 - 10);
    const commended = r.trace.find((t) => t.rule === 'commended');
    expect(commended?.amount).toBe(8);
    expect(commended?.message.zh).toBe('受到表彰（市级、国家级），以最高的为准，加 8 分');
    expect(r.trace.find((t) => t.rule === 'critCity')?.message.zh).toBe('受到市委通报批评 2 次，每次扣 5 分，共扣 10 分');
    const high = score(100, { commendations: ['national'] });
    expect(high.unclampedScore).toBe(108);
    expect(high.score).toBe(100);
    expect(high.trace.find((t) => t.step === 'clamp')).toMatchObject({ amount: -8, message: { zh: '总分 108 分超过满分 100 分，按 100 分计' } });
    const floor = score(10, { criticisedByCityCommittee: 4, memberViolations: 3 });
    expect(floor.unclampedScore).toBe(-16);
    expect(floor.score).toBe(0);
  });

  it('every deduction kind', () => {
    const r = score(100, { criticisedByWorkCommittee: 1, leadersPenalisedMinor: 1, leadersPenalisedMajor: 1, memberViolations: 2 });
    expect(r.score).toBe(100 - 3 - 3 - 5 - 4);
    expect(r.adjustments.filter((a) => a.points !== 0).map((a) => [a.id, a.points])).toEqual([
      ['critWork', -3],
      ['leadersMinor', -3],
      ['leadersMajor', -5],
      ['members', -4],
    ]);
  });

  it('half points add exactly and results carry the rubric reference', () => {
    const r = evaluateSubject(prepared, {
      id: 'half',
      facts: { a1: 9.5, a2: 9.5, a3: 9.5, a4: 9.5, a5: 9.5, a6: 9.5, a7: 9.5, a8: 9.5, a9: 9.5, a10: 8.5, satisfaction: 0.95 },
    });
    expect(r.ok && r.result.score).toBe(94);
    expect(r.ok && r.result.rubric).toEqual({ id: 'anyang-2017-star-rating', version: '1.0.0', hash: prepared.ref.hash });
    expect(r.ok && r.result.sections[0]?.points).toBe(94);
  });

  it('every trace entry has Chinese and English text', () => {
    const r = score(95, { satisfaction: 0.45, absences: 4, electionOverdueMonths: 14, commendations: ['city'] });
    for (const t of r.trace) {
      expect(t.message.zh.length).toBeGreaterThan(0);
      expect(t.message.en.length).toBeGreaterThan(0);
      expect(t.message.zh).not.toMatch(/undefined|NaN|\[object/);
      expect(t.message.en).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
