import { describe, expect, it } from 'vitest';
import { evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import type { SubjectResult } from '../../src/result/types.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { base, kinds } from './fixtures/kinds.js';

const prepared = prepareRubric(kinds);

function run(facts: Record<string, unknown>, extra: Record<string, unknown> = {}, p = prepared): SubjectResult {
  const r = evaluateSubject(p, { id: 's1', category: 'rural', facts: { ...base, ...facts }, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.result;
}
const ind = (r: SubjectResult, id: string) => r.sections.flatMap((s) => s.indicators).find((i) => i.id === id);

describe('points kinds', () => {
  it('direct, with a maximum per category', () => {
    expect(ind(run({}), 'leaderPts')).toEqual({ id: 'leaderPts', points: 18, max: 20, applicable: true });
    const organ = evaluateSubject(prepared, { id: 'o', category: 'organ', facts: { ...base, leader: 18 } });
    expect(organ.ok).toBe(false);
    expect(!organ.ok && organ.errors[0]).toMatchObject({ path: 'facts.leader', code: 'points-out-of-range' });
  });
  it('linear, rounded half-up to the precision; inverted; held at the ends', () => {
    // (0.9 − 0.5) / 0.5 · 10 = 8
    expect(ind(run({ rate: 0.9 }), 'ratePts')?.points).toBe(8);
    // (0.73 − 0.5) / 0.5 · 10 = 4.6 → 4.5
    expect(ind(run({ rate: 0.73 }), 'ratePts')?.points).toBe(4.5);
    // 4.75 → half-up → 5
    expect(ind(run({ rate: 0.7375 }), 'ratePts')?.points).toBe(5);
    expect(ind(run({ rate: 0.2 }), 'ratePts')?.points).toBe(0);
    expect(ind(run({ rate: 1 }), 'ratePts')?.points).toBe(10);
    expect(ind(run({ complaints: 3 }), 'complaintPts')?.points).toBe(3.5);
    expect(ind(run({ complaints: 30 }), 'complaintPts')?.points).toBe(0);
    expect(run({ rate: 0.73 }).trace.find((t) => t.rule === 'ratePts')?.message.zh).toBe(
      '工作完成率：实际值 0.73，在 0.5（0 分）至 1（满分）之间按比例折算，得 4.5 分（满分 10 分）',
    );
  });
  it('linear rounding modes', () => {
    const with_ = (rounding: 'half-even' | 'down' | 'up') => prepareRubric({ ...kinds, scale: { ...kinds.scale, rounding } });
    expect(ind(run({ rate: 0.7375 }, {}, with_('half-even')), 'ratePts')?.points).toBe(5);
    expect(ind(run({ rate: 0.7125 }, {}, with_('half-even')), 'ratePts')?.points).toBe(4);
    expect(ind(run({ rate: 0.73 }, {}, with_('up')), 'ratePts')?.points).toBe(5);
    expect(ind(run({ rate: 0.74 }, {}, with_('down')), 'ratePts')?.points).toBe(4.5);
  });
  it('lookup: first matching row, otherwise', () => {
    expect(ind(run({ premises: 'own' }), 'premisesPts')?.points).toBe(5);
    expect(ind(run({ premises: 'shared' }), 'premisesPts')?.points).toBe(2.5);
    expect(ind(run({ premises: 'none' }), 'premisesPts')?.points).toBe(0);
  });
  it('raters: exact weighted sum, rounded to the precision', () => {
    // 9·0.2 + 8·0.3 + 8.5·0.5 = 1.8 + 2.4 + 4.25 = 8.45 → 8.5
    const r = run({});
    expect(ind(r, 'rated')?.points).toBe(8.5);
    expect(r.trace.find((t) => t.rule === 'rated')?.message.zh).toBe('综合评价：各评价主体加权（9 × 0.2 + 8 × 0.3 + 8.5 × 0.5），得 8.5 分（满分 10 分）');
  });
  it('an indicator outside its categories is not applicable', () => {
    const r = evaluateSubject(prepared, { id: 'o', category: 'organ', facts: { ...base, leader: 9 } });
    expect(r.ok && ind(r.result, 'complaintPts')).toEqual({ id: 'complaintPts', points: 0, max: 0, applicable: false });
    expect(r.ok && ind(r.result, 'leaderPts')?.max).toBe(10);
  });
});

describe('adjustments and groups', () => {
  it('tiered sum inside a capped group; perCount with its own cap', () => {
    const r = run({ honours: ['x', 'z'], rate: 1, warnings: 4 });
    expect(r.adjustments).toEqual([
      { id: 'honourPts', points: 4, group: 'bonus' },
      { id: 'perfect', points: 2, group: 'bonus' },
      { id: 'warned', points: -5 },
    ]);
    const cap = r.trace.find((t) => t.step === 'group-cap');
    expect(cap).toMatchObject({ rule: 'bonus', amount: -2, message: { zh: '加分项合计 6 分，超过上限 4 分，按 4 分计' } });
    expect(r.trace.find((t) => t.rule === 'warned')?.message.zh).toBe('受到警示 4 次，每次扣 2 分，共扣 5 分（超过上限，按 5 分计）');
    // 18 + 10 + 5 + 5 + 8.5 + 4 − 5
    expect(r.score).toBe(45.5);
  });
});

describe('gates, overrides, flags, crosswalks, outcomes, history', () => {
  it('a soft cap applies unless overridden; the override is traced', () => {
    const capped = run({ rate: 1, poorVillage: true, honours: ['z'] });
    expect(capped.bandLevel).toBe('good');
    expect(capped.level).toBe('fair');
    const lifted = run({ rate: 1, poorVillage: true, honours: ['z'] }, { overrides: [{ gate: 'poorCap', reason: '经县委组织部批准', by: '县委组织部' }] });
    expect(lifted.level).toBe('good');
    expect(lifted.gates.find((g) => g.id === 'poorCap')).toEqual({ id: 'poorCap', effect: { kind: 'cap', level: 'fair' }, triggered: true, overridden: { reason: '经县委组织部批准', by: '县委组织部' } });
    expect(lifted.trace.find((t) => t.step === 'override')?.message.zh).toBe('未脱贫村原则上不能评为好：属“原则上”规定，已特批不适用，理由：经县委组织部批准（批准：县委组织部）');
  });
  it('a veto without a level leaves no level and no crosswalk', () => {
    const r = run({ serious: true });
    expect(r.level).toBeNull();
    expect(r.crosswalks).toEqual({ stars: null });
    expect(r.trace.find((t) => t.step === 'gate')?.message.zh).toMatch(/^严重违纪：一票否决，不定等次/);
  });
  it('flags and invalid sources never change the score', () => {
    const plain = run({});
    const flagged = run({ note: '有说明', participation: 0.7 });
    expect(flagged.score).toBe(plain.score);
    expect(flagged.flags.map((f) => [f.code, f.rule])).toEqual([
      ['review', 'noteGiven'],
      ['source-invalid', 'public'],
    ]);
  });
  it('crosswalk, rewards, category and condition outcomes', () => {
    const r = run({ rate: 1, honours: ['z'] });
    expect(r.level).toBe('good');
    expect(r.crosswalks).toEqual({ stars: 'five' });
    expect(r.outcomes.map((o) => o.id)).toEqual(['money', 'ruralBonus']);
    expect(r.outcomes[0]).toMatchObject({ kind: 'reward', amount: 10000, currency: 'CNY' });
    expect(r.trace.find((t) => t.rule === 'money')?.message.zh).toBe('好：奖补经费 10000元');
    expect(run({ rate: 1, honours: ['z'], warnings: 1, leader: 20 }).outcomes.map((o) => o.id)).toEqual(['money']);
  });
  it('history: poor two periods running', () => {
    const weak = { leader: 2, rate: 0.5, premises: 'none', selfScore: 2, publicScore: 2, superiorScore: 2 };
    const r = run(weak, { history: [{ period: '2019', level: 'fair' }, { period: '2020', level: 'poor' }] });
    expect(r.level).toBe('poor');
    expect(r.outcomes.map((o) => [o.id, o.from])).toEqual([
      ['weak', 'outcome'],
      ['replaceSecretary', 'history'],
    ]);
    const not = run(weak, { history: [{ period: '2020', level: 'fair' }, { period: '2019', level: 'poor' }] });
    expect(not.outcomes.map((o) => o.id)).toEqual(['weak']);
  });
});

describe('prepareRubric refuses broken references', () => {
  const broken = (patch: Partial<Rubric>) => () => prepareRubric({ ...kinds, ...patch } as Rubric);
  it('names what is wrong', () => {
    expect(broken({ gates: [{ id: 'g', label: { zh: 'g' }, when: { fact: 'nope', operator: 'equal', value: 1 }, effect: { kind: 'veto' } }] })).toThrow(/nope/);
    expect(broken({ outcomes: [{ id: 'o', label: { zh: 'o' }, kind: 'label', levels: ['gold'] }] })).toThrow(/gold/);
    expect(broken({ conditions: { a: { condition: 'b' }, b: { condition: 'a' } } })).toThrow(/refers to itself/);
    expect(() => prepareRubric({ ...kinds, scale: { min: 0, max: 100 } } as unknown as Rubric)).toThrow(/precision/);
  });
});
