import { describe, expect, it } from 'vitest';
import { lintRubric } from '../../src/lint/index.js';
import { validateRubric } from '../../src/validate/index.js';
import { baseRubric, mutated } from '../validate/base-rubric.js';
import { warningsOf } from './lint-of.js';

describe('lint: the base rubric', () => {
  it('has no warnings', () => {
    const v = validateRubric(baseRubric());
    expect(v.ok && lintRubric(v.rubric)).toEqual([]);
  });
});

describe('band.gap', () => {
  it('reports the exact gap left by ranges copied from whole-point text, and the top score', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.levels[0]!.band = { min: 90, max: 100 };
        r.levels[1]!.band = { min: 80, max: 89 };
      }),
      'band.gap',
    );
    expect(issues.map((i) => i.message)).toEqual([
      {
        zh: '89 ≤ 分数 < 90 不属于任何等次的分数段（等次 four 与 five 之间）；注意分数段含下限、不含上限',
        en: "89 ≤ score < 90 between levels four and five falls in no level's band (bands include the lower bound, not the upper)",
      },
      {
        zh: '分数 100 不属于任何等次的分数段（等次 five 之上）；注意分数段含下限、不含上限',
        en: "score 100 above level five falls in no level's band (bands include the lower bound, not the upper)",
      },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      ['levels', 0, 'band'],
      ['levels', 0, 'band'],
    ]);
  });

  it('reports a gap at the bottom and a closed gap at the top', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.levels[0]!.band = { min: 90, max: 95 };
        r.levels[3]!.band = { min: 10, max: 70 };
      }),
      'band.gap',
    );
    expect(issues.map((i) => i.message.en.split(' falls')[0])).toEqual(['0 ≤ score < 10 below level one', '95 ≤ score ≤ 100 above level five']);
  });

  it('looks beyond the scale when scores are not clamped', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.scale.clamp = false;
        r.levels[3]!.band = { min: 0, max: 70 };
      }),
      'band.gap',
    );
    expect(issues.map((i) => i.message.en.split(' falls')[0])).toEqual(['score < 0 below level one']);
  });

  it('checks each category with its own bands', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.levels[0]!.bandByCategory = { rural: { min: 95 } };
      }),
      'band.gap',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.zh).toBe('90 ≤ 分数 < 95 不属于任何等次的分数段（等次 four 与 five 之间，类别 rural）；注意分数段含下限、不含上限');
    expect(issues[0]!.path).toEqual(['levels', 0, 'bandByCategory', 'rural']);
  });
});

describe('band.overlap', () => {
  it('reports overlaps with the range and which level wins', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.levels[2]!.band = { min: 70, max: 85 };
      }),
      'band.overlap',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['levels', 2, 'band']);
    expect(issues[0]!.message.zh).toBe('等次 four 与 three 的分数段在 80 ≤ 分数 < 85 重叠，这些分数将评为排在前面的 four');
  });

  it('per category, and only within the scale', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.levels[3]!.bandByCategory = { organ: { max: 75 } };
        r.levels[2]!.bandByCategory = { organ: { min: 75, max: 80 } };
      }),
      'band.overlap',
    );
    expect(issues).toEqual([]);
    const overlaps = warningsOf(
      mutated((r) => {
        r.levels[3]!.bandByCategory = { organ: { max: 75 } };
      }),
      'band.overlap',
    );
    expect(overlaps.map((i) => i.message.en)).toEqual(['levels three and one (category organ) overlap at 70 ≤ score < 75; those scores get three, listed first']);
  });
});

describe('level.unreachable', () => {
  it('a level whose band other levels take entirely, or outside the scale', () => {
    const r = mutated((x) => {
      x.levels.splice(3, 0, { id: 'two', label: { zh: '二星', en: 'Two' }, band: { min: 72, max: 78 }, clause: { ref: '五' } });
      x.levels.splice(0, 0, { id: 'six', label: { zh: '六星', en: 'Six' }, band: { min: 120 }, clause: { ref: '五' } });
      x.crosswalks![0]!.map.two = 'poor';
      x.crosswalks![0]!.map.six = 'good';
      x.gates = x.gates!.filter((g) => g.effect.kind !== 'demote');
    });
    const v = validateRubric(r);
    const issues = v.ok ? lintRubric(v.rubric).filter((i) => i.code === 'level.unreachable') : [];
    expect(issues.map((i) => i.path)).toEqual([
      ['levels', 0],
      ['levels', 4],
    ]);
    expect(issues[0]!.message.zh).toBe('等次 six 永远不会被评定：它的分数段落在分值范围之外，或被排在前面的等次完全覆盖');
  });

  it('a level with no band that no gate or quota reaches', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.gates![0]!.effect = { kind: 'veto' };
        r.gates = r.gates!.filter((g) => g.effect.kind !== 'demote');
        r.quotas![1]!.levels = ['one'];
      }),
      'level.unreachable',
    );
    expect(issues.map((i) => i.message.en)).toEqual(['level none can never be given: it has no band and no gate or quota moves subjects into it']);
  });

  it('demotion and quotas reach levels below banded ones', () => {
    const byDemotion = mutated((x) => {
      x.gates![0]!.effect = { kind: 'veto' };
      x.quotas![1]!.levels = ['one'];
    });
    expect(warningsOf(byDemotion, 'level.unreachable')).toEqual([]);
    const byQuota = mutated((x) => {
      x.gates![0]!.effect = { kind: 'veto' };
      x.gates = x.gates!.filter((g) => g.effect.kind !== 'demote');
      x.quotas![1] = { ...x.quotas![1]!, kind: 'atMost', levels: ['one'] };
    });
    expect(warningsOf(byQuota, 'level.unreachable')).toEqual([]);
  });
});
