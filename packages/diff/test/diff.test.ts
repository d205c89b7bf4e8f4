import { describe, expect, it } from 'vitest';
import { diffRubrics, listChanges } from '../src/index.js';
import { anyang, anyangCohort, level } from './fixtures.js';

describe('diffRubrics', { timeout: 30_000 }, () => {
  it('finds nothing between identical rubrics, ignoring version and changelog', () => {
    const a = anyang();
    const b = anyang();
    b.version = '9.9.9';
    b.changelog = [{ version: '9.9.9', note: { zh: '无实质修改', en: 'Nothing' } }];
    expect(diffRubrics(a, b)).toEqual({ bump: 'none', changes: [] });
  });

  it('calls a moved threshold major, in words', () => {
    const a = anyang();
    const b = anyang();
    level(b, 'five-star').band = { min: 92 };
    level(b, 'four-star').band = { min: 80, max: 92 };
    const diff = diffRubrics(a, b);
    expect(diff.bump).toBe('major');
    expect(diff.changes).toContainEqual({
      kind: 'level.band.min',
      bump: 'major',
      path: ['levels', 0, 'band', 'min'],
      message: { zh: '五星级分数线由 90 调整为 92', en: 'Five stars threshold moved from 90 to 92' },
    });
    expect(diff.changes.find((c) => c.kind === 'level.band.max')?.message.zh).toBe('四星级分数上限由 90 调整为 92（不含）');
  });

  it('calls a reworded label a patch', () => {
    const a = anyang();
    const b = anyang();
    level(b, 'five-star').label = { zh: '五星级党组织', en: 'Five-star organisation' };
    b.sections[0]!.indicators[0]!.clause = { ref: '四(一)1', quote: '组织健全' };
    const diff = diffRubrics(a, b);
    expect(diff.bump).toBe('patch');
    expect(diff.changes.every((c) => c.kind === 'wording' && c.bump === 'patch')).toBe(true);
    expect(diff.changes.map((c) => c.message.zh)).toEqual([
      '指标“组织健全”的依据条款由 四(一)1“1.组织健全” 改为 四(一)1“组织健全”',
      '五星级的名称由 “五星级” 改为 “五星级党组织”',
    ]);
    expect(diff.changes[1]!.message.en).toBe('Label of Five stars changed from "Five stars" to "Five-star organisation"');
  });

  it('calls a new bonus item whose new fact defaults to zero minor', () => {
    const a = anyang();
    const b = anyang();
    b.facts.push({ id: 'volunteerHours', label: { zh: '志愿服务次数', en: 'Volunteer services' }, type: 'integer', min: 0, default: 0 });
    (b.adjustments ??= []).push({
      id: 'volunteer-bonus',
      label: { zh: '志愿服务加分', en: 'Volunteer bonus' },
      kind: 'perCount',
      fact: 'volunteerHours',
      points: 0.5,
      cap: 3,
      assumptions: ['half-open-bands'],
    });
    const diff = diffRubrics(a, b);
    expect(diff.bump).toBe('minor');
    expect(diff.changes.map((c) => [c.kind, c.bump])).toEqual([
      ['fact.added', 'minor'],
      ['adjustment.added', 'minor'],
    ]);
    expect(diff.changes[1]!.message.zh).toBe('新增加减分项“志愿服务加分”（所用录入事项“志愿服务次数”为新增，默认 0 次，现有对象得 0 分）');
    // And indeed no subject of the example cohort changes.
    const withCohort = diffRubrics(a, b, { cohort: anyangCohort() });
    expect(withCohort.bump).toBe('minor');
    expect(withCohort.cohort).toMatchObject({ changedLevel: [], changedScore: [], changedStatus: [] });
  });

  it('calls a new bonus on an existing fact, or on a new fact without a zero default, major', () => {
    const a = anyang();
    const existing = anyang();
    (existing.adjustments ??= []).push({ id: 'extra', label: { zh: '额外扣分' }, kind: 'perCount', fact: 'absences', points: -1 });
    expect(diffRubrics(a, existing).bump).toBe('major');

    const required = anyang();
    required.facts.push({ id: 'trainings', label: { zh: '培训次数' }, type: 'integer', min: 0 });
    (required.adjustments ??= []).push({ id: 'training-bonus', label: { zh: '培训加分' }, kind: 'perCount', fact: 'trainings', points: 1 });
    const diff = diffRubrics(a, required);
    expect(diff.bump).toBe('major');
    expect(diff.changes.find((c) => c.kind === 'fact.added')?.bump).toBe('major');
  });

  it('calls a new tiered bonus whose new fact defaults to an empty list minor', () => {
    const a = anyang();
    const b = anyang();
    b.facts.push({
      id: 'articles',
      label: { zh: '署名文章', en: 'Signed articles' },
      type: 'enumList',
      options: [{ id: 'city', label: { zh: '市级' } }, { id: 'province', label: { zh: '省级' } }],
      default: [],
    });
    (b.adjustments ??= []).push({ id: 'article-bonus', label: { zh: '文章加分' }, kind: 'tiered', fact: 'articles', tiers: { city: 1, province: 2 }, pick: 'highest' });
    expect(diffRubrics(a, b).bump).toBe('minor');
  });

  it('treats points, operators, condition values, gates and quotas as major', () => {
    const cases: ((r: ReturnType<typeof anyang>) => void)[] = [
      (r) => void (r.adjustments![0]!.kind === 'tiered' && (r.adjustments![0]!.tiers['city'] = 4)),
      (r) => void (r.gates![0]!.when = { fact: 'satisfaction', operator: 'lessThanInclusive', value: 0.5 }),
      (r) => void (r.gates![0]!.when = { fact: 'satisfaction', operator: 'lessThan', value: 0.55 }),
      (r) => void (r.gates![1]!.effect = { kind: 'cap', level: 'three-star' }),
      (r) => void (r.quotas![0]!.percent = 15),
      (r) => void (r.sections[0]!.indicators[0]!.max = 12),
      (r) => void r.gates!.pop(),
      (r) => void (r.scale.precision = 0.1),
      (r) => void r.levels.reverse(),
    ];
    for (const edit of cases) {
      const b = anyang();
      edit(b);
      expect(diffRubrics(anyang(), b).bump, edit.toString()).toBe('major');
    }
  });

  it('says a changed condition in words', () => {
    const b = anyang();
    b.gates![0]!.when = { fact: 'satisfaction', operator: 'lessThan', value: 0.55 };
    const [change] = listChanges(anyang(), b);
    expect(change!.kind).toBe('gate.when');
    expect(change!.message.zh).toContain('由“民主评议满意率 < 0.5”改为“民主评议满意率 < 0.55”');
  });

  it('tells a narrowed fact range (major) from a widened one (minor)', () => {
    const narrowed = anyang();
    narrowed.facts[0] = { ...narrowed.facts[0]!, max: 9 } as (typeof narrowed.facts)[number];
    expect(diffRubrics(anyang(), narrowed).changes.map((c) => [c.kind, c.bump])).toEqual([['fact.range.narrowed', 'major']]);
    const widened = anyang();
    widened.facts[0] = { ...widened.facts[0]!, max: 12, step: 0.1 } as (typeof widened.facts)[number];
    expect(diffRubrics(anyang(), widened).bump).toBe('minor');
  });

  it('calls a fact made required major, and a new default for a required fact minor', () => {
    const a = anyang();
    const idx = a.facts.findIndex((f) => f.id === 'absences');
    const required = anyang();
    required.facts[idx] = { ...required.facts[idx]!, required: true } as (typeof required.facts)[number];
    expect(diffRubrics(a, required).changes.map((c) => c.kind)).toContain('fact.required');
    expect(diffRubrics(a, required).bump).toBe('major');
  });

  it('calls a removed fact, level or rule major', () => {
    const noFact = anyang();
    noFact.facts = noFact.facts.filter((f) => f.id !== 'absences');
    expect(listChanges(anyang(), noFact)).toContainEqual(expect.objectContaining({ kind: 'fact.removed', bump: 'major' }));
    const noLevel = anyang();
    noLevel.levels.splice(1, 1);
    expect(diffRubrics(anyang(), noLevel).bump).toBe('major');
  });

  it('calls a new outcome minor and a new assumption a patch', () => {
    const b = anyang();
    (b.outcomes ??= []).push({ id: 'newsletter', label: { zh: '简报通报表扬', en: 'Named in the newsletter' }, kind: 'label', levels: ['five-star'] });
    expect(diffRubrics(anyang(), b).bump).toBe('minor');
    const c = anyang();
    (c.assumptions ??= []).push({ id: 'extra-note', text: { zh: '补充说明' } });
    expect(diffRubrics(anyang(), c).bump).toBe('patch');
  });

  it('treats an unknown field conservatively as major', () => {
    const b = anyang() as unknown as Record<string, unknown>;
    b['somethingNew'] = true;
    expect(diffRubrics(anyang(), b as never).bump).toBe('major');
  });

  it('lists, with a cohort, the subjects whose level changes', () => {
    const a = anyang();
    const b = anyang();
    level(b, 'four-star').band = { min: 75, max: 90 };
    level(b, 'three-star').band = { min: 70, max: 75 };
    const cohort = anyangCohort();
    const diff = diffRubrics(a, b, { cohort });
    expect(diff.bump).toBe('major');
    expect(diff.cohort).toBeDefined();
    const impact = diff.cohort!;
    expect(impact.scored).toBeGreaterThan(0);
    expect(impact.changedScore).toEqual([]);
    expect(impact.changedLevel.length).toBeGreaterThan(0);
    for (const change of impact.changedLevel) {
      expect(change.from).toBe('three-star');
      expect(change.to).toBe('four-star');
    }
    // The same cohort in another order gives the same answer.
    expect(diffRubrics(a, b, { cohort: [...cohort].reverse() }).cohort).toEqual(impact);
  });

  it('reports no cohort change between identical rubrics', () => {
    const diff = diffRubrics(anyang(), anyang(), { cohort: anyangCohort() });
    expect(diff.bump).toBe('none');
    expect(diff.cohort!.changedLevel).toEqual([]);
    expect(diff.cohort!.scored).toBeGreaterThan(0);
  });
});

describe('normalisation', () => {
  it('does not report a documented default written out as a change', () => {
    const implicit = anyang();
    delete (implicit.scale as { clamp?: boolean }).clamp;
    delete (implicit.scale as { rounding?: string }).rounding;
    const explicit = anyang();
    explicit.scale = { ...explicit.scale, clamp: true, rounding: 'half-up' };
    expect(diffRubrics(implicit, explicit).bump).toBe('none');
    explicit.scale.rounding = 'down';
    expect(diffRubrics(implicit, explicit).bump).toBe('major');
  });
});
