import { describe, expect, it } from 'vitest';
import { evaluateCohort } from '../../src/cohort/index.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { anyang, withTotal } from '../evaluate/fixtures/anyang.js';

const prepared = prepareRubric(anyang);
const pad = (i: number) => `org${String(i).padStart(2, '0')}`;

describe('cohort quotas (Anyang)', () => {
  it('20 subjects, five-star at most 10% = 2: three tied at the top all lose five-star and are flagged', () => {
    const subjects = [
      withTotal(pad(1), 98),
      withTotal(pad(2), 98),
      withTotal(pad(3), 98),
      ...Array.from({ length: 17 }, (_, i) => withTotal(pad(i + 4), 60 + i)),
    ];
    const out = evaluateCohort(prepared, subjects);
    expect(out.errors).toEqual([]);
    const cap = out.quotas.find((q) => q.id === 'fiveStarCap');
    expect(cap).toMatchObject({ population: 20, limit: 2, before: 3, after: 0, met: true, moved: [pad(1), pad(2), pad(3)], tiedForReview: [pad(1), pad(2), pad(3)] });
    for (const id of [pad(1), pad(2), pad(3)]) {
      const r = out.results.find((x) => x.id === id);
      expect(r?.levelBeforeQuota).toBe('five-star');
      expect(r?.level).toBe('four-star');
      expect(r?.flags.map((f) => f.code)).toContain('quota-tie-review');
      const step = r?.trace.find((t) => t.step === 'quota');
      expect(step).toMatchObject({ rule: 'fiveStarCap', from: 'five-star', to: 'four-star' });
      expect(step?.message.zh).toContain('由五星级调整为四星级');
    }
  });

  it('without a tie, the excess lowest-ranked move down and nobody is flagged', () => {
    const subjects = [withTotal('a', 99), withTotal('b', 98), withTotal('c', 97), ...Array.from({ length: 17 }, (_, i) => withTotal(pad(i), 60 + i))];
    const out = evaluateCohort(prepared, subjects);
    const cap = out.quotas.find((q) => q.id === 'fiveStarCap');
    expect(cap).toMatchObject({ limit: 2, before: 3, after: 2, moved: ['c'], tiedForReview: [] });
    expect(out.results.find((r) => r.id === 'c')?.level).toBe('four-star');
    expect(out.results.find((r) => r.id === 'b')?.level).toBe('five-star');
    expect(out.results.every((r) => !r.flags.some((f) => f.code === 'quota-tie-review'))).toBe(true);
  });

  it('a tie below the boundary does not matter: the top two stay', () => {
    const subjects = [withTotal('a', 99), withTotal('b', 98), withTotal('c', 97), withTotal('d', 97), ...Array.from({ length: 16 }, (_, i) => withTotal(pad(i), 60 + i))];
    const cap = evaluateCohort(prepared, subjects).quotas.find((q) => q.id === 'fiveStarCap');
    expect(cap).toMatchObject({ limit: 2, before: 4, after: 2, moved: ['c', 'd'], tiedForReview: [] });
  });

  it('tieBreak facts order subjects with equal scores', () => {
    const rubric: Rubric = {
      ...anyang,
      quotas: [{ ...(anyang.quotas?.[0] as NonNullable<Rubric['quotas']>[number]), tieBreak: [{ fact: 'satisfaction', order: 'desc' }] }],
    };
    const p = prepareRubric(rubric);
    const subjects = [
      withTotal('x1', 98, { satisfaction: 0.95 }),
      withTotal('x2', 98, { satisfaction: 0.9 }),
      withTotal('x3', 98, { satisfaction: 0.97 }),
      ...Array.from({ length: 17 }, (_, i) => withTotal(pad(i), 60 + i)),
    ];
    const cap = evaluateCohort(p, subjects).quotas[0];
    expect(cap).toMatchObject({ limit: 2, after: 2, moved: ['x2'], tiedForReview: [] });
  });

  it('one-star and below at least 10%: the lowest ranked above are brought down, whole tied group', () => {
    // 10 subjects → at least 1 in one-star/none; the two lowest are tied at 62.
    const subjects = [withTotal('low1', 62), withTotal('low2', 62), ...Array.from({ length: 8 }, (_, i) => withTotal(pad(i), 70 + i))];
    const out = evaluateCohort(prepared, subjects);
    const floor = out.quotas.find((q) => q.id === 'bottomFloor');
    expect(floor).toMatchObject({ population: 10, limit: 1, before: 0, after: 2, met: true, moved: ['low1', 'low2'], tiedForReview: ['low1', 'low2'] });
    expect(out.results.find((r) => r.id === 'low1')?.level).toBe('one-star');
    expect(out.results.find((r) => r.id === 'low1')?.levelBeforeQuota).toBe('two-star');
  });

  it('distribution: counts and exact percents; results sorted by id', () => {
    const subjects = [withTotal('c', 95), withTotal('a', 85), withTotal('b', 45)];
    const out = evaluateCohort(prepared, subjects);
    expect(out.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    // 3 subjects: ⌊0.3⌋ = 0 five-star allowed, so c moves to four-star.
    expect(out.distribution.map((d) => [d.level, d.count, d.percent])).toEqual([
      ['five-star', 0, 0],
      ['four-star', 2, 66.67],
      ['three-star', 0, 0],
      ['two-star', 0, 0],
      ['one-star', 0, 0],
      ['none', 1, 33.33],
    ]);
  });

  it('bad subjects and duplicate ids are errors with id and index; the rest are scored', () => {
    const out = evaluateCohort(prepared, [withTotal('ok', 80), withTotal('dup', 80), { id: 'bad', facts: { a1: 11 } }, withTotal('dup', 70), 42]);
    expect(out.results.map((r) => r.id)).toEqual(['ok']);
    const dup = out.errors.filter((e) => e.code === 'duplicate-id');
    expect(dup.map((e) => e.index).sort()).toEqual([1, 3]);
    expect(out.errors.some((e) => e.id === 'bad' && e.index === 2 && e.path === 'facts.a1')).toBe(true);
    expect(out.errors.some((e) => e.id === null && e.index === 4)).toBe(true);
  });
});

describe('cohort: categories, ranks, targets, outcomes after quotas', () => {
  const L = (zh: string, en: string) => ({ zh, en });
  const rubric: Rubric = {
    schemaVersion: 1,
    id: 'villages',
    version: '1.0.0',
    title: L('村级分类', 'village classes'),
    categories: [
      { id: 'rural', label: L('农村', 'rural') },
      { id: 'school', label: L('学校', 'school') },
    ],
    facts: [{ id: 'p', label: L('得分', 'points'), type: 'number', min: 0, max: 100, step: 0.5, required: true }],
    scale: { min: 0, max: 100, precision: 0.5 },
    sections: [{ id: 's', label: L('综合', 'overall'), indicators: [{ id: 'i', label: L('综合得分', 'overall'), max: 100, points: { kind: 'direct', fact: 'p' } }] }],
    levels: [
      { id: 'good', label: L('好', 'good'), band: { min: 90 }, bandByCategory: { school: { min: 95 } } },
      { id: 'fair', label: L('一般', 'fair'), band: { min: 60, max: 90 }, bandByCategory: { school: { min: 60, max: 95 } } },
      { id: 'poor', label: L('较差', 'poor'), band: { max: 60 } },
    ],
    quotas: [
      { id: 'goodCap', label: L('好等次名额', 'good share'), levels: ['good'], kind: 'atMost', percent: 50, perCategory: true },
      { id: 'goodTarget', label: L('好等次比例', 'good target'), levels: ['good'], kind: 'target', percent: 30, tolerance: 5 },
    ],
    ranks: [{ id: 'backward', label: L('相对后进村', 'relatively backward'), direction: 'bottom', percent: 10, categories: ['rural'] }],
    outcomes: [{ id: 'plaque', label: L('授牌', 'plaque'), kind: 'label', levels: ['good'] }],
  };
  const p = prepareRubric(rubric);
  const s = (id: string, category: string, points: number) => ({ id, category, facts: { p: points } });

  it('bandByCategory, perCategory quotas, a target report, bottom ranks and outcomes on the final level', () => {
    const subjects = [
      s('r1', 'rural', 95),
      s('r2', 'rural', 92),
      s('r3', 'rural', 91),
      s('r4', 'rural', 50),
      s('t1', 'school', 96),
      s('t2', 'school', 92),
    ];
    const out = evaluateCohort(p, subjects);
    const byId = Object.fromEntries(out.results.map((r) => [r.id, r]));
    expect(byId.t2?.bandLevel).toBe('fair');
    expect(byId.t1?.level).toBe('good');
    // rural: 4 subjects, ⌊50% · 4⌋ = 2 good: r3 moves to fair.
    expect(byId.r3?.levelBeforeQuota).toBe('good');
    expect(byId.r3?.level).toBe('fair');
    expect(byId.r3?.outcomes).toEqual([]);
    expect(byId.r1?.outcomes.map((o) => o.id)).toEqual(['plaque']);
    const caps = out.quotas.filter((q) => q.id === 'goodCap');
    expect(caps.map((q) => [q.category, q.population, q.limit, q.after])).toEqual([
      ['rural', 4, 2, 2],
      ['school', 2, 1, 1],
    ]);
    const target = out.quotas.find((q) => q.id === 'goodTarget');
    // 3 of 6 good = 50%, target 30% ± 5 → not met, reported only.
    expect(target).toMatchObject({ after: 3, met: false, moved: [] });
    // bottom 10% of 4 rural → ⌈0.4⌉ = 1: r4.
    expect(out.ranks[0]).toMatchObject({ population: 4, count: 1, subjects: ['r4'], tiedForReview: [] });
    expect(byId.r4?.outcomes).toEqual([{ id: 'backward', kind: 'label', from: 'rank', label: { zh: '相对后进村', en: 'relatively backward' } }]);
    expect(out.distribution.find((d) => d.level === 'good')?.byCategory).toEqual({ rural: 2, school: 1 });
  });

  it('a tie at the rank boundary is taken whole and flagged', () => {
    const subjects = Array.from({ length: 10 }, (_, i) => s(`r${i}`, 'rural', i < 2 ? 40 : 70 + i));
    const out = evaluateCohort(p, subjects);
    expect(out.ranks[0]).toMatchObject({ count: 2, subjects: ['r0', 'r1'], tiedForReview: ['r0', 'r1'] });
    expect(out.results.find((r) => r.id === 'r0')?.flags.map((f) => f.code)).toContain('rank-tie-review');
  });
});
