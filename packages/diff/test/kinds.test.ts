import { Adjustment, GateEffect, Outcome, PointsRule } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { diffRubrics, listChanges } from '../src/index.js';
import { ADJUSTMENT_KINDS } from '../src/kinds/adjustments/index.js';
import { GATE_EFFECT_KINDS } from '../src/kinds/gate-effects/index.js';
import { OUTCOME_KINDS } from '../src/kinds/outcomes/index.js';
import { POINTS_KINDS } from '../src/kinds/points/index.js';
import { anyang } from './fixtures.js';

/** The `kind` literals of a zod discriminated union of the model. */
function kindsOf(union: { options: readonly { shape: { kind: { value: unknown } } }[] }): string[] {
  return union.options.map((o) => String(o.shape.kind.value)).sort();
}

describe('kind registries', () => {
  it('declare every kind of the model', () => {
    expect(Object.keys(POINTS_KINDS).sort()).toEqual(kindsOf(PointsRule as never));
    expect(Object.keys(ADJUSTMENT_KINDS).sort()).toEqual(kindsOf(Adjustment as never));
    expect(Object.keys(GATE_EFFECT_KINDS).sort()).toEqual(kindsOf(GateEffect as never));
    expect(Object.keys(OUTCOME_KINDS).sort()).toEqual(kindsOf(Outcome as never));
  });
});

describe('per-kind changes', () => {
  it('reads a changed gate effect in words', () => {
    const b = anyang();
    b.gates![1]!.effect = { kind: 'demote', by: 1 };
    const [change] = listChanges(anyang(), b);
    expect(change).toMatchObject({ kind: 'gate.effect', bump: 'major' });
    expect(change!.message.zh).toBe('否决与限制条款“未按期换届不得定为五星级”的效果由“最高定为四星级”改为“降低 1 个等次”');
  });

  it('calls a change of points kind major, naming both kinds', () => {
    const b = anyang();
    b.sections[0]!.indicators[0]!.points = { kind: 'linear', fact: 'a1', lower: 0, upper: 10 };
    const [change] = listChanges(anyang(), b);
    expect(change).toMatchObject({ kind: 'indicator.points.kind', bump: 'major', path: ['sections', 0, 'indicators', 0, 'points', 'kind'] });
    expect(change!.message.en).toBe('Kind of indicator "Sound organisation" changed from "direct points" to "linear scale"');
  });

  it('tells a lookup row relabelled (patch) from a row re-pointed (major)', () => {
    const base = anyang();
    base.sections[0]!.indicators[0]!.points = {
      kind: 'lookup',
      fact: 'a1',
      rows: [
        { min: 8, points: 10, label: { zh: '好' } },
        { min: 0, max: 8, points: 5, label: { zh: '一般' } },
      ],
    };
    const relabelled = structuredClone(base);
    const rows = (relabelled.sections[0]!.indicators[0]!.points as Extract<PointsRule, { kind: 'lookup' }>).rows;
    rows[0]!.label = { zh: '优' };
    expect(diffRubrics(base, relabelled).bump).toBe('patch');
    rows[1]!.points = 6;
    expect(diffRubrics(base, relabelled).bump).toBe('major');
  });

  it('calls a moved indicator major', () => {
    const b = anyang();
    const moved = b.sections[0]!.indicators.pop()!;
    b.sections.push({ id: 'extra', label: { zh: '附加' }, indicators: [moved] });
    const kinds = listChanges(anyang(), b).map((c) => [c.kind, c.bump]);
    expect(kinds).toContainEqual(['indicator.moved', 'major']);
  });

  it('calls a new crosswalk or review flag minor', () => {
    const b = anyang();
    b.crosswalks = [
      {
        id: 'classes',
        label: { zh: '好/较好/一般/较差' },
        levels: [{ id: 'good', label: { zh: '好' } }, { id: 'other', label: { zh: '其他' } }],
        map: { 'five-star': 'good', 'four-star': 'other', 'three-star': 'other', 'two-star': 'other', 'one-star': 'other', none: 'other' },
      },
    ];
    b.flags = [{ id: 'low-satisfaction', label: { zh: '满意率偏低，请复核' }, when: { fact: 'satisfaction', operator: 'lessThan', value: 0.7 } }];
    const diff = diffRubrics(anyang(), b);
    expect(diff.changes.map((c) => [c.kind, c.bump])).toEqual([
      ['crosswalk.added', 'minor'],
      ['flag.added', 'minor'],
    ]);
    expect(diff.bump).toBe('minor');
  });
});

describe('sections', () => {
  it('calls a reworded section label a patch (its indicators did not move)', () => {
    const b = anyang();
    b.sections[0]!.label = { zh: '星级评定内容', en: 'Star-rating content' };
    expect(listChanges(anyang(), b).map((c) => [c.kind, c.bump])).toEqual([['wording', 'patch']]);
  });

  it('names both sections by label when an indicator moves', () => {
    const b = anyang();
    const moved = b.sections[0]!.indicators.pop()!;
    b.sections.push({ id: 'extra', label: { zh: '附加内容', en: 'Extra' }, indicators: [moved] });
    const change = listChanges(anyang(), b).find((c) => c.kind === 'indicator.moved')!;
    expect(change.message.zh).toBe(`指标“${moved.label.zh}”由“${anyang().sections[0]!.label.zh}”移至“附加内容”`);
  });
});
