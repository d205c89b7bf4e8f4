import { describe, expect, it } from 'vitest';
import { mutated } from './base-rubric.js';
import { onlyCode } from './expect-issues.js';
import { validateRubric } from '../../src/validate/index.js';

describe('precision.multiple', () => {
  it('checks every point value, bound, cap and maximum against the precision', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.scale.max = 100.25;
        const [a1, , a3] = r.sections[0]!.indicators;
        a1!.max = 39.75;
        a3!.maxByCategory = { rural: 20.1 };
        a3!.points = { kind: 'lookup', fact: 'election', rows: [{ equals: 'onTime', points: 19.9 }], otherwise: 0.2 };
        r.adjustments![0] = { ...(r.adjustments![0] as object), points: -0.3, cap: 10.01 } as never;
        r.adjustments![1] = { ...(r.adjustments![1] as object), tiers: { city: 3.3 } } as never;
        r.adjustments![2] = { ...(r.adjustments![2] as object), points: -0.7 } as never;
        r.adjustmentGroups![0]!.min = -19.99;
        r.levels[1]!.band = { min: 79.9, max: 90 };
        r.levels[2]!.bandByCategory = { organ: { min: 70.05, max: 80 } };
        const orgPoints = r.facts[0]!;
        if (orgPoints.type === 'number') orgPoints.step = 0.25;
      }),
      'precision.multiple',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'scale.max',
      'sections.0.indicators.0.max',
      'facts.0.step',
      'sections.0.indicators.2.maxByCategory.rural',
      'sections.0.indicators.2.points.rows.0.points',
      'sections.0.indicators.2.points.otherwise',
      'adjustments.0.points',
      'adjustments.0.cap',
      'adjustments.1.tiers.city',
      'adjustments.2.points',
      'adjustmentGroups.0.min',
      'levels.1.band.min',
      'levels.2.bandByCategory.organ.min',
    ]);
    expect(issues[1]!.message).toEqual({ zh: '指标 a1 的满分 39.75 不是计分精度 0.5 的整数倍', en: 'indicator a1: max 39.75 is not a multiple of the precision 0.5' });
  });

  it('is exact where float remainder is not (0.3 is a multiple of 0.1)', () => {
    expect(0.3 % 0.1).not.toBe(0);
    const r = mutated((x) => {
      x.scale.precision = 0.1;
      x.adjustments![2] = { ...(x.adjustments![2] as object), points: -0.3 } as never;
      x.levels[1]!.band = { min: 80, max: 90 };
    });
    expect(validateRubric(r)).toMatchObject({ ok: true, issues: [] });
  });
});

describe('raters.parts', () => {
  it('weights must sum to exactly 1 (decimal, not float)', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        const p = r.sections[0]!.indicators[3]!.points;
        if (p.kind === 'raters') p.parts[1]!.weight = 0.6;
      }),
      'raters.parts',
    );
    expect(issue!.message.zh).toBe('指标 a4 的各方权重 0.3 + 0.6 = 0.9，应恰好等于 1');
    // 0.7 + 0.2 + 0.1 is not 1 in floating point, but is exactly 1.
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    const ok = mutated((r) => {
      r.sources!.push({ id: 'public', label: { zh: '群众', en: 'Public' }, clause: { ref: '三' } });
      r.facts.push({ id: 'publicA4', label: { zh: '群众', en: 'Public' }, type: 'number', min: 0, max: 20 });
      r.sections[0]!.indicators[3]!.points = {
        kind: 'raters',
        parts: [
          { source: 'superior', fact: 'superiorA4', weight: 0.7 },
          { source: 'public', fact: 'publicA4', weight: 0.2 },
          { source: 'self', fact: 'selfA4', weight: 0.1 },
        ],
      };
    });
    expect(validateRubric(ok).issues).toEqual([]);
  });

  it('each source rates once', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        const p = r.sections[0]!.indicators[3]!.points;
        if (p.kind === 'raters') p.parts[1]!.source = 'self';
      }),
      'raters.parts',
    );
    expect(issue!.path).toEqual(['sections', 0, 'indicators', 3, 'points', 'parts', 1, 'source']);
  });
});

describe('scale.range, band.range, linear.range, adjustment_group.range', () => {
  it('scale min below max', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.scale.min = 100;
      }),
      'scale.range',
    );
    expect(issue!.message.en).toBe('the scale minimum 100 must be less than its maximum 100');
  });

  it('band min below max, also per category', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.levels[1]!.band = { min: 90, max: 80 };
        r.levels[2]!.bandByCategory = { rural: { min: 75, max: 75 } };
      }),
      'band.range',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['levels.1.band', 'levels.2.bandByCategory.rural']);
    expect(issues[0]!.message.zh).toBe('等次 four 的分数段下限 90 应小于上限 80（分数段含下限、不含上限）');
    expect(issues[1]!.message.zh).toBe('等次 three（类别 rural）的分数段下限 75 应小于上限 75（分数段含下限、不含上限）');
  });

  it('linear lower differs from upper', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.sections[0]!.indicators[1]!.points = { kind: 'linear', fact: 'studyRate', lower: 0.5, upper: 0.5 };
      }),
      'linear.range',
    );
    expect(issue!.path).toEqual(['sections', 0, 'indicators', 1, 'points']);
  });

  it('adjustment group min below max', () => {
    onlyCode(
      mutated((r) => {
        r.adjustmentGroups![0]!.max = -20;
      }),
      'adjustment_group.range',
    );
  });
});

describe('crosswalk.map', () => {
  it('maps onto the crosswalk’s own levels', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.crosswalks![0]!.map.four = 'fair';
      }),
      'crosswalk.map',
    );
    expect(issue!.path).toEqual(['crosswalks', 0, 'map', 'four']);
    expect(issue!.message.zh).toBe('等次对照 classes 把 four 对应到 fair，但 fair 不是该对照的目标等次（可选：good、poor）');
  });
});

describe('quota.shape', () => {
  it('tolerance only on targets; an upper limit needs a level below', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.quotas![0]!.tolerance = 5;
        r.quotas!.push({ id: 'lowCap', label: { zh: '末等', en: 'Last' }, levels: ['none'], kind: 'atMost', percent: 5, clause: { ref: '九' } });
      }),
      'quota.shape',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['quotas.0.tolerance', 'quotas.2.levels']);
    const ok = mutated((r) => {
      r.quotas!.push({ id: 'goodAbout', label: { zh: '约30%', en: 'About 30%' }, levels: ['five', 'four'], kind: 'target', percent: 30, tolerance: 5 });
    });
    expect(validateRubric(ok).ok).toBe(true);
  });
});

describe('indicator.categories', () => {
  it('per-category maxima only where the indicator applies', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        const a1 = r.sections[0]!.indicators[0]!;
        a1.categories = ['rural'];
        a1.maxByCategory = { organ: 30 };
      }),
      'indicator.categories',
    );
    expect(issue!.message.en).toBe('indicator a1 sets a maximum for category organ, which it does not apply to');
  });
});
