import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRubric, type Rubric } from '@rubricate/core';
import { num, RubricText, signed } from '../../.vitepress/theme/lib/describe.js';

function fixture(id: string): Rubric {
  const v = validateRubric(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/${id}.json`), 'utf8')));
  if (!v.ok) throw new Error(`${id} does not validate`);
  return v.rubric;
}

/** The words of the scoring table: each rule kind stated as an official table states it. */
describe('scoring table wording', () => {
  const rubric = fixture('anyang-2017-star-rating');
  const text = new RubricText(rubric);

  it('states half-open bands', () => {
    expect(text.band({ min: 80, max: 90 })).toBe('80 ≤ 得分 < 90');
    expect(text.band({ min: 90 })).toBe('得分 ≥ 90');
    expect(text.band({ max: 50 })).toBe('得分 < 50');
  });

  it('states a tiered bonus with its highest-only rule and option labels', () => {
    const bonus = rubric.adjustments!.find((a) => a.id === 'commendation-bonus')!;
    const words = text.adjustment(bonus);
    expect(words).toContain('以最高的为准');
    expect(words).toMatch(/\+3.*\+5.*\+8/);
  });

  it('states a per-count deduction with its sign', () => {
    const d = rubric.adjustments!.find((a) => a.id === 'city-committee-criticism')!;
    expect(text.adjustment(d)).toContain('每次 −5 分');
  });

  it('states conditions with fact labels and operators, nested with 且 / 或', () => {
    expect(text.condition({ fact: 'satisfaction', operator: 'lessThan', value: 0.5 })).toBe('民主评议满意率 < 0.5');
    const nested = text.condition({ any: [{ fact: 'satisfaction', operator: 'lessThan', value: 0.5 }, { all: [{ fact: 'satisfaction', operator: 'greaterThanInclusive', value: 0.5 }, { fact: 'satisfaction', operator: 'lessThan', value: 0.6 }] }] });
    expect(nested).toBe('民主评议满意率 < 0.5 或 （民主评议满意率 ≥ 0.5 且 民主评议满意率 < 0.6）');
  });

  it('states gate effects by level label', () => {
    expect(text.effect({ kind: 'cap', level: 'four-star' })).toBe(`最高定为${text.level('four-star')}`);
    expect(text.effect({ kind: 'demote', by: 1 })).toBe('降低 1 个等次');
    expect(text.effect({ kind: 'veto' })).toBe('一票否决，不定等次');
  });

  it('states quotas as the source does', () => {
    const cap = rubric.quotas!.find((q) => q.kind === 'atMost')!;
    expect(text.quota(cap)).toBe(`${text.level('five-star')}合计不超过总数的 10%`);
  });

  it('writes numbers without float noise', () => {
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(signed(-3)).toBe('−3');
    expect(signed(8)).toBe('+8');
  });
});

describe('every fixture can be stated', () => {
  for (const id of ['anyang-2017-star-rating', 'xx-county-branch-standardisation', 'yiting-2012-classification', 'xun-county-2012-six-steps', 'member-points-colour-warning']) {
    it(id, () => {
      const rubric = fixture(id);
      const text = new RubricText(rubric);
      const all = [
        ...rubric.sections.flatMap((s) => s.indicators.map((i) => text.points(i))),
        ...(rubric.adjustments ?? []).map((a) => text.adjustment(a)),
        ...(rubric.gates ?? []).map((g) => text.condition(g.when) + text.effect(g.effect)),
        ...(rubric.quotas ?? []).map((q) => text.quota(q)),
        ...rubric.levels.map((l) => text.band(l.band)),
      ];
      for (const s of all) {
        expect(s.length).toBeGreaterThan(0);
        expect(s).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    });
  }
});
