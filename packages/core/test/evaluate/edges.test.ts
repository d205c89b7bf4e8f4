import { describe, expect, it } from 'vitest';
import { evaluateCohort } from '../../src/cohort/index.js';
import { evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { anyang, withTotal } from './fixtures/anyang.js';
import { base, kinds } from './fixtures/kinds.js';

const L = (zh: string, en: string) => ({ zh, en });

describe('edges of scoring', () => {
  it('a lookup without a matching row and without otherwise is the subject’s error', () => {
    const r: Rubric = {
      ...kinds,
      sections: [
        {
          id: 'only',
          label: L('场所', 'premises'),
          indicators: [{ id: 'p', label: L('活动场所', 'premises'), max: 5, points: { kind: 'lookup', fact: 'premises', rows: [{ equals: 'own', points: 5 }] } }],
        },
      ],
    };
    const out = evaluateSubject(prepareRubric(r), { id: 'x', category: 'rural', facts: { ...base, premises: 'shared' } });
    expect(!out.ok && out.errors).toEqual([
      { id: 'x', index: 0, path: 'facts.premises', code: 'lookup-no-match', message: { zh: '活动场所：取值 shared 不在评分表中', en: 'premises: the value shared matches no row of the table' } },
    ]);
  });

  it('numeric lookup rows are half-open', () => {
    const r: Rubric = {
      ...kinds,
      sections: [
        {
          id: 'only',
          label: L('完成率', 'rate'),
          indicators: [
            {
              id: 'p',
              label: L('完成率', 'rate'),
              max: 5,
              points: { kind: 'lookup', fact: 'rate', rows: [{ min: 0.9, points: 5 }, { min: 0.6, max: 0.9, points: 3 }], otherwise: 0 },
            },
          ],
        },
      ],
    };
    const p = prepareRubric(r);
    const pts = (rate: number) => {
      const out = evaluateSubject(p, { id: 'x', category: 'rural', facts: { ...base, rate } });
      return out.ok ? out.result.sections[0]?.points : out.errors;
    };
    expect([pts(0.9), pts(0.8999), pts(0.6), pts(0.5999)]).toEqual([5, 3, 3, 0]);
  });

  it('a group floor and the clamp floor', () => {
    const r: Rubric = {
      ...kinds,
      adjustmentGroups: [{ id: 'minus', label: L('扣分项', 'deductions'), min: -3 }],
      adjustments: [{ id: 'warned', label: L('受到警示', 'warnings'), kind: 'perCount', fact: 'warnings', points: -2, group: 'minus' }],
    };
    const out = evaluateSubject(prepareRubric(r), { id: 'x', category: 'rural', facts: { ...base, warnings: 3 } });
    expect(out.ok && out.result.trace.find((t) => t.step === 'group-cap')).toMatchObject({ amount: 3, message: { zh: '扣分项合计扣 6 分，超过最多扣 3 分的限制，按扣 3 分计' } });
  });

  it('a crosswalk without a counterpart gives null', () => {
    const weak = { leader: 2, rate: 0.5, premises: 'none', selfScore: 2, publicScore: 2, superiorScore: 2 };
    const out = evaluateSubject(prepareRubric(kinds), { id: 'x', category: 'rural', facts: weak });
    expect(out.ok && out.result.level).toBe('poor');
    expect(out.ok && out.result.crosswalks).toEqual({ stars: null });
  });

  it('an empty cohort', () => {
    const out = evaluateCohort(prepareRubric(anyang), []);
    expect(out.results).toEqual([]);
    expect(out.distribution.every((d) => d.count === 0 && d.percent === 0)).toBe(true);
    expect(out.quotas.map((q) => [q.id, q.population, q.limit, q.met])).toEqual([
      ['fiveStarCap', 0, 0, true],
      ['bottomFloor', 0, 0, true],
    ]);
  });

  it('a floor that cannot be met is reported, not forced', () => {
    // Every subject vetoed to no level at all: none is above the set, none can be moved into it.
    const r: Rubric = { ...anyang, gates: [{ id: 'v', label: L('否决', 'veto'), when: { fact: 'a1', operator: 'greaterThanInclusive', value: 0 }, effect: { kind: 'veto' } }] };
    const out = evaluateCohort(prepareRubric(r), [withTotal('a', 80), withTotal('b', 40)]);
    const floor = out.quotas.find((q) => q.id === 'bottomFloor');
    expect(floor).toMatchObject({ limit: 1, before: 0, after: 0, met: false, moved: [] });
    expect(floor?.message.zh).toContain('未达到要求');
    expect(out.distribution.at(-1)).toEqual({ level: null, count: 2, percent: 100 });
  });
});
