import { describe, expect, it } from 'vitest';
import { mutated } from '../validate/base-rubric.js';
import { warningsOf } from './lint-of.js';

describe('indicator.max_sum', () => {
  it('maxima must add up to the full score', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.sections[0]!.indicators[0]!.max = 35;
        const f = r.facts[0]!;
        if (f.type === 'number') f.max = 35;
      }),
      'indicator.max_sum',
    );
    expect(issues.map((i) => i.message)).toEqual([
      { zh: '各指标满分合计 95 分，与总分 100 分不一致', en: 'indicator maxima add up to 95, not the full score 100' },
    ]);
  });

  it('sums exactly in tenths', () => {
    const r = mutated((x) => {
      x.scale.precision = 0.1;
      const [a1, a2, a3, a4] = x.sections[0]!.indicators;
      a1!.max = 40.1;
      a2!.max = 19.9;
      a3!.max = 20.2;
      a4!.max = 19.8;
      const f = x.facts[0]!;
      if (f.type === 'number') f.max = 40.1;
      for (const id of ['selfA4', 'superiorA4']) {
        const g = x.facts.find((y) => y.id === id)!;
        if (g.type === 'number') g.max = 19.8;
      }
    });
    expect(warningsOf(r, 'indicator.max_sum')).toEqual([]);
  });

  it('checks each category when indicators differ by category', () => {
    const weighted = (organMax: number) =>
      mutated((r) => {
        const [a1, a2] = r.sections[0]!.indicators;
        a2!.categories = ['rural'];
        a1!.maxByCategory = { organ: organMax };
        const f = r.facts[0]!;
        if (f.type === 'number') f.max = organMax;
      });
    // rural: 40 + 20 + 20 + 20; organ (no a2): 60 + 20 + 20.
    expect(warningsOf(weighted(60), 'indicator.max_sum')).toEqual([]);
    const issues = warningsOf(weighted(50), 'indicator.max_sum');
    expect(issues.map((i) => i.message)).toEqual([
      {
        zh: '类别 organ 适用的各指标满分合计 90 分，与总分 100 分不一致',
        en: 'for category organ, indicator maxima add up to 90, not the full score 100',
      },
    ]);
  });
});

describe('fact.unused and condition.unused', () => {
  it('reports declared facts no rule uses', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.facts.push({ id: 'spare', label: { zh: '备用', en: 'Spare' }, type: 'boolean', default: false });
      }),
      'fact.unused',
    );
    expect(issues.map((i) => [i.path, i.message.zh])).toEqual([[['facts', 10], '录入事项 spare 已声明，但没有任何指标、加减分项或条件用到它']]);
  });

  it('reports shared conditions no rule uses, following references between them', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.conditions = {
          lowSatisfaction: { condition: 'base' },
          base: { fact: 'satisfaction', operator: 'lessThan', value: 0.6 },
          orphan: { condition: 'orphanChild' },
          orphanChild: { fact: 'members', operator: 'greaterThan', value: 15 },
        };
      }),
      'condition.unused',
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['conditions', 'orphan'],
      ['conditions', 'orphanChild'],
    ]);
  });
});

describe('quota.infeasible', () => {
  it('a floor on levels no band reaches', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.quotas![1]!.levels = ['none'];
      }),
      'quota.infeasible',
    );
    expect(issues.map((i) => i.message.zh)).toEqual([
      '比例控制 bottomFloor 要求不少于 10% 的对象评为 none，但没有任何分数段能评到这些等次，只能全部靠强制调整',
    ]);
  });

  it('floors on disjoint sets asking for more than 100% together', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.quotas![1]!.percent = 60;
        r.quotas!.push({ id: 'topFloor', label: { zh: '上', en: 'Top' }, levels: ['five', 'four'], kind: 'atLeast', percent: 40.5, clause: { ref: '九' } });
        r.quotas![0]!.percent = 50;
      }),
      'quota.infeasible',
    );
    expect(issues.map((i) => i.message.en)).toEqual(['quotas bottomFloor, topFloor cover disjoint levels and ask for 100.5% together, more than 100%']);
  });

  it('a floor above a cap on a set that contains it', () => {
    const issues = warningsOf(
      mutated((r) => {
        r.quotas!.push({ id: 'fiveFloor', label: { zh: '五星', en: 'Five' }, levels: ['five'], kind: 'atLeast', percent: 15, clause: { ref: '九' } });
      }),
      'quota.infeasible',
    );
    expect(issues.map((i) => i.message.zh)).toEqual(['比例控制 fiveFloor 要求 five 不少于 15%，但 fiveCap 限定 five 不超过 10%，二者矛盾']);
  });
});

describe('rule.no_provenance', () => {
  it('rules without clause or assumptions; an indicator may rely on its section', () => {
    const issues = warningsOf(
      mutated((r) => {
        delete r.sections[0]!.indicators[0]!.clause;
        delete r.sections[0]!.indicators[2]!.clause;
        r.sections[0]!.indicators[2]!.assumptions = [];
        delete r.quotas![0]!.clause;
        r.quotas![0]!.assumptions = ['equalWeights'];
      }),
      'rule.no_provenance',
    );
    expect(issues).toEqual([]);
    const missing = warningsOf(
      mutated((r) => {
        delete r.sections[0]!.clause;
        delete r.sections[0]!.indicators[0]!.clause;
        delete r.gates![2]!.clause;
        delete r.outcomes![0]!.clause;
      }),
      'rule.no_provenance',
    );
    expect(missing.map((i) => i.path)).toEqual([
      ['sections', 0, 'indicators', 0],
      ['gates', 2],
      ['outcomes', 0],
    ]);
    expect(missing[1]!.message.zh).toBe('等次限定规则 lateElection 既没有注明出处条款（clause），也没有说明所依据的假定（assumptions）');
  });
});

describe('gate.soft_without_clause', () => {
  it('a soft gate must cite its clause even with an assumption', () => {
    const issues = warningsOf(
      mutated((r) => {
        delete r.gates![1]!.clause;
        r.gates![1]!.assumptions = ['equalWeights'];
      }),
      'gate.soft_without_clause',
    );
    expect(issues.map((i) => i.path)).toEqual([['gates', 1]]);
  });
});

describe('points.fact_range', () => {
  it('a points fact ranges within 0..the indicator maximum', () => {
    const issues = warningsOf(
      mutated((r) => {
        const org = r.facts[0]!;
        if (org.type === 'number') {
          org.max = 50;
          delete org.min;
        }
        const self = r.facts.find((f) => f.id === 'selfA4')!;
        if (self.type === 'number') delete self.max;
      }),
      'points.fact_range',
    );
    expect(issues.map((i) => [i.path, i.message.zh])).toEqual([
      [['facts', 0, 'max'], '录入事项 orgPoints 的最大值 50 超过了指标 a1 的满分 40'],
      [['facts', 0, 'min'], '录入事项 orgPoints 是指标 a1 的得分，应声明 "min": 0（得分不能为负）'],
      [['facts', 3, 'max'], '录入事项 selfA4 是指标 a4 的得分，但没有声明最大值；应声明 "max": 20'],
    ]);
  });

  it('uses the largest per-category maximum', () => {
    const r = mutated((x) => {
      x.sections[0]!.indicators[0]!.maxByCategory = { organ: 50, rural: 40 };
      const org = x.facts[0]!;
      if (org.type === 'number') org.max = 50;
    });
    // The per-category sum changes, which indicator.max_sum reports; no range warning.
    const issues = warningsOf(r, 'indicator.max_sum');
    expect(issues).toHaveLength(1);
  });
});

describe('label.missing_en', () => {
  it('every text shown to people has English, wherever it is', () => {
    const issues = warningsOf(
      mutated((r) => {
        delete r.title.en;
        delete r.sections[0]!.indicators[1]!.label.en;
        const e = r.facts[2]!;
        if (e.type === 'enum') delete e.options[1]!.label.en;
        delete r.crosswalks![0]!.levels[0]!.label.en;
        r.facts[0]!.description = { zh: '说明' };
      }),
      'label.missing_en',
    );
    expect(issues.map((i) => [i.path.join('.'), i.message.zh])).toEqual([
      ['title', '「title」 缺少英文（en）'],
      ['facts.0.description', '录入事项 orgPoints 的「description」 缺少英文（en）'],
      ['facts.2.options.1.label', '选项 late 的「label」 缺少英文（en）'],
      ['sections.0.indicators.1.label', '指标 a2 的「label」 缺少英文（en）'],
      ['crosswalks.0.levels.0.label', '等次 good 的「label」 缺少英文（en）'],
    ]);
  });
});

describe('crosswalk.unmapped', () => {
  it('names the levels a crosswalk leaves out', () => {
    const issues = warningsOf(
      mutated((r) => {
        delete r.crosswalks![0]!.map.one;
        delete r.crosswalks![0]!.map.none;
      }),
      'crosswalk.unmapped',
    );
    expect(issues.map((i) => [i.path, i.message.zh])).toEqual([
      [['crosswalks', 0, 'map'], '等次对照 classes 没有给出等次 one、none 的对应等次，这些对象在对照中将为空'],
    ]);
  });
});
