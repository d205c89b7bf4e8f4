import { ConditionCompileError, ConditionCompiler } from '../conditions/compile.js';
import { constUnits, deriveUnit } from '../decimal/unit.js';
import { rubricHash } from '../hash/rubric-hash.js';
import type { Issue } from '../result/types.js';
import type { Band } from '../schema/levels.js';
import { Rubric } from '../schema/rubric.js';
import { adjustmentKind } from './adjustments/registry.js';
import { batchAdjustments, batchIndicators } from './batches.js';
import { type PrepareContext, RubricPrepareError } from './context.js';
import { factCheck } from './facts/fact-kinds.js';
import { gateEffectKind } from './gates/registry.js';
import type { AdjustmentPlan, BandTable, ConditionSite, FactSlot, GatePlan, GroupPlan, IndicatorPlan, OutcomePlan, PreparedPlan } from './plan.js';
import { pointsKind } from './points/registry.js';

/**
 * A rubric compiled once for scoring many subjects. Opaque: pass it to `evaluateSubject`,
 * `evaluateCohort` or the async evaluators.
 */
export interface PreparedRubric {
  /** The rubric it was prepared from. */
  readonly rubric: Rubric;
  /** id, version and sha256 of the canonical rubric JSON. */
  readonly ref: { readonly id: string; readonly version: string; readonly hash: string };
  /** @internal The compiled plan. */
  readonly plan: PreparedPlan;
}

type Path = (string | number)[];

function issue(path: Path, code: string, zh: string, en: string): Issue {
  return { code, severity: 'error', path, message: { zh, en } };
}

/**
 * Compiles a rubric once: facts get array slots, conditions become closures with
 * json-rules-engine's semantics, every rule kind is looked up in its registry, amounts become
 * integers of the rubric's unit. Throws {@link RubricPrepareError} for a rubric that does not
 * parse or refers to something undeclared (run `validateRubric` first for friendlier reports).
 */
export function prepareRubric(rubric: Rubric): PreparedRubric {
  const parsed = Rubric.safeParse(rubric);
  if (!parsed.success) {
    throw new RubricPrepareError(
      parsed.error.issues.map((i) =>
        issue(i.path.filter((p): p is string | number => typeof p !== 'symbol'), 'schema', `不符合评分细则格式：${i.message}`, `does not match the rubric schema: ${i.message}`),
      ),
    );
  }
  const r = parsed.data;
  const fail = (path: Path, code: string, zh: string, en: string): never => {
    throw new RubricPrepareError([issue(path, code, zh, en)]);
  };
  let unit;
  try {
    unit = deriveUnit(r);
  } catch (e) {
    return fail(['scale', 'precision'], 'unit', `分值的小数位数过多：${(e as Error).message}`, (e as Error).message);
  }

  // Facts by index.
  const facts: FactSlot[] = [];
  const factIndex = new Map<string, number>();
  r.facts.forEach((decl, i) => {
    if (factIndex.has(decl.id)) fail(['facts', i, 'id'], 'duplicate-id', `录入事项 ${decl.id} 重复声明`, `the fact ${decl.id} is declared twice`);
    const check = factCheck(decl);
    const defaultValue = decl.default;
    if (defaultValue !== undefined && check(defaultValue) !== null) {
      fail(['facts', i, 'default'], 'bad-default', `录入事项 ${decl.id} 的默认值不符合其声明`, `the default of ${decl.id} does not match its declaration`);
    }
    factIndex.set(decl.id, i);
    const required = decl.required ?? defaultValue === undefined;
    const numeric = (decl.type === 'number' || decl.type === 'integer') && (required || typeof defaultValue === 'number');
    facts.push({ id: decl.id, index: i, decl, required, defaultValue, async: decl.source === 'async', check, numeric });
  });

  // Categories: slot 0 is "no category", slot i+1 is categories[i].
  const categories = (r.categories ?? []).map((c) => c.id);
  const categorySlot = new Map<string, number>();
  categories.forEach((c, i) => {
    if (categorySlot.has(c)) fail(['categories', i, 'id'], 'duplicate-id', `分类 ${c} 重复`, `the category ${c} is declared twice`);
    categorySlot.set(c, i + 1);
  });
  const slots = categories.length + 1;
  const checkCategories = (list: readonly string[] | undefined, path: Path): void => {
    list?.forEach((c, i) => {
      if (!categorySlot.has(c)) fail([...path, i], 'unknown-category', `分类 ${c} 未声明`, `the category ${c} is not declared`);
    });
  };
  const appliesBySlot = (list: readonly string[] | undefined): Uint8Array => {
    const a = new Uint8Array(slots);
    for (let s = 0; s < slots; s++) a[s] = !list || (s > 0 && list.includes(categories[s - 1] as string)) ? 1 : 0;
    return a;
  };

  // Levels, best first.
  const levelIndex = new Map<string, number>();
  r.levels.forEach((l, i) => {
    if (levelIndex.has(l.id)) fail(['levels', i, 'id'], 'duplicate-id', `等次 ${l.id} 重复`, `the level ${l.id} is declared twice`);
    levelIndex.set(l.id, i);
  });
  const level = (id: string, path: Path): number => {
    const i = levelIndex.get(id);
    return i === undefined ? fail(path, 'unknown-level', `等次 ${id} 未声明`, `the level ${id} is not declared`) : i;
  };
  const units = (x: number, path: Path): number => {
    try {
      return constUnits(unit, x);
    } catch {
      return fail(path, 'unit', `${x} 无法按精度精确表示`, `${x} cannot be represented exactly`);
    }
  };
  const bandUnits = (b: Band | undefined, path: Path): [number, number] | undefined =>
    b === undefined ? undefined : [b.min === undefined ? -Infinity : units(b.min, [...path, 'min']), b.max === undefined ? Infinity : units(b.max, [...path, 'max'])];
  const bands: BandTable[] = [];
  for (let s = 0; s < slots; s++) {
    const t: BandTable = { min: new Float64Array(r.levels.length), max: new Float64Array(r.levels.length), has: new Uint8Array(r.levels.length) };
    r.levels.forEach((l, i) => {
      const cat = s > 0 ? (categories[s - 1] as string) : undefined;
      const byCat = cat !== undefined && l.bandByCategory && Object.prototype.hasOwnProperty.call(l.bandByCategory, cat) ? l.bandByCategory[cat] : undefined;
      const b = bandUnits(byCat ?? l.band, ['levels', i, byCat ? 'bandByCategory' : 'band']);
      if (b) {
        t.min[i] = b[0];
        t.max[i] = b[1];
        t.has[i] = 1;
      }
    });
    bands.push(t);
  }
  r.levels.forEach((l, i) => checkCategories(Object.keys(l.bandByCategory ?? {}), ['levels', i, 'bandByCategory']));

  // Conditions: score sites (adjustments, gates) are registered first.
  // Declared facts are numbers, text, options or lists of options: never objects.
  const compiler = new ConditionCompiler(factIndex, r.conditions ?? {}, (id) => factIndex.has(id), (id) => facts[factIndex.get(id) as number]?.numeric === true);
  const sites: ConditionSite[] = [];
  const ctx: PrepareContext = {
    unit,
    rounding: r.scale.rounding ?? 'half-up',
    facts,
    levels: r.levels,
    levelIndex,
    fact(id, path) {
      const i = factIndex.get(id);
      return i === undefined ? fail(path, 'unknown-fact', `录入事项 ${id} 未声明`, `the fact ${id} is not declared`) : (facts[i] as FactSlot);
    },
    units,
    level,
    condition(cond, path) {
      try {
        sites.push({ path, condition: cond, compiled: compiler.compile(cond, path) });
      } catch (e) {
        if (e instanceof ConditionCompileError) fail(e.path, e.code, `条件有误：${e.message}`, e.message);
        throw e;
      }
      return sites.length - 1;
    },
    fail,
  };
  // Shared conditions are compiled even when unused, so a broken one is reported.
  for (const name of Object.keys(r.conditions ?? {})) {
    try {
      compiler.compile({ condition: name }, ['conditions', name]);
    } catch (e) {
      if (e instanceof ConditionCompileError) fail(e.path, e.code, `条件有误：${e.message}`, e.message);
      throw e;
    }
  }

  // Indicators.
  const indicators: IndicatorPlan[] = [];
  const ruleIds = new Set<string>();
  const uniqueRule = (id: string, path: Path): void => {
    if (ruleIds.has(id)) fail(path, 'duplicate-id', `规则编号 ${id} 重复`, `the rule id ${id} is used twice`);
    ruleIds.add(id);
  };
  r.sections.forEach((section, si) => {
    uniqueRule(section.id, ['sections', si, 'id']);
    section.indicators.forEach((ind, ii) => {
      const path: Path = ['sections', si, 'indicators', ii];
      uniqueRule(ind.id, [...path, 'id']);
      checkCategories(ind.categories, [...path, 'categories']);
      checkCategories(Object.keys(ind.maxByCategory ?? {}), [...path, 'maxByCategory']);
      const applies = appliesBySlot(ind.categories);
      const maxBySlot = new Int32Array(slots);
      for (let s = 0; s < slots; s++) {
        const cat = s > 0 ? (categories[s - 1] as string) : undefined;
        const m = cat !== undefined && ind.maxByCategory && Object.prototype.hasOwnProperty.call(ind.maxByCategory, cat) ? (ind.maxByCategory[cat] as number) : ind.max;
        maxBySlot[s] = applies[s] ? units(m, [...path, 'max']) : -1;
      }
      const label = { zh: ind.label.zh, en: ind.label.en ?? ind.label.zh };
      indicators.push({ id: ind.id, section: si, indicator: ind, maxBySlot, compiled: pointsKind(ind.points).compile(ind.points, label, ctx, [...path, 'points']) });
    });
  });

  // Adjustments and groups.
  const groupIndex = new Map<string, number>();
  const groups: GroupPlan[] = (r.adjustmentGroups ?? []).map((g, i) => {
    uniqueRule(g.id, ['adjustmentGroups', i, 'id']);
    groupIndex.set(g.id, i);
    return {
      group: g,
      minUnits: g.min === undefined ? -Infinity : units(g.min, ['adjustmentGroups', i, 'min']),
      maxUnits: g.max === undefined ? Infinity : units(g.max, ['adjustmentGroups', i, 'max']),
    };
  });
  const adjustments: AdjustmentPlan[] = (r.adjustments ?? []).map((adj, i) => {
    const path: Path = ['adjustments', i];
    uniqueRule(adj.id, [...path, 'id']);
    checkCategories(adj.categories, [...path, 'categories']);
    const group = adj.group === undefined ? -1 : (groupIndex.get(adj.group) ?? fail([...path, 'group'], 'unknown-group', `加减分组 ${adj.group} 未声明`, `the adjustment group ${adj.group} is not declared`));
    return { id: adj.id, adjustment: adj, group, appliesBySlot: appliesBySlot(adj.categories), compiled: adjustmentKind(adj).compile(adj, ctx, path) };
  });

  // Gates, applied demotions → caps → vetoes.
  const gateIndex = new Map<string, number>();
  const gates: GatePlan[] = (r.gates ?? []).map((g, i) => {
    const path: Path = ['gates', i];
    uniqueRule(g.id, [...path, 'id']);
    checkCategories(g.categories, [...path, 'categories']);
    gateIndex.set(g.id, i);
    const site = ctx.condition(g.when, [...path, 'when']);
    return { id: g.id, gate: g, effect: g.effect, site, soft: g.soft === true, appliesBySlot: appliesBySlot(g.categories), compiled: gateEffectKind(g.effect).compile(g.effect, ctx, [...path, 'effect']) };
  });
  const gateOrder = Int32Array.from(gates.map((_, i) => i).sort((a, b) => (gates[a] as GatePlan).compiled.phase - (gates[b] as GatePlan).compiled.phase || a - b));
  const scoreSites = sites.length;

  // Report-only conditions.
  const flags = (r.flags ?? []).map((flag, i) => {
    uniqueRule(flag.id, ['flags', i, 'id']);
    return { flag, site: ctx.condition(flag.when, ['flags', i, 'when']) };
  });
  const sources = (r.sources ?? []).flatMap((source, i) => {
    uniqueRule(source.id, ['sources', i, 'id']);
    return source.validWhen ? [{ source, site: ctx.condition(source.validWhen, ['sources', i, 'validWhen']) }] : [];
  });
  const levelMask = (ids: readonly string[], path: Path): Uint8Array => {
    const m = new Uint8Array(r.levels.length);
    ids.forEach((id, i) => (m[level(id, [...path, i])] = 1));
    return m;
  };
  const outcomes: OutcomePlan[] = (r.outcomes ?? []).map((o, i) => {
    uniqueRule(o.id, ['outcomes', i, 'id']);
    checkCategories(o.categories, ['outcomes', i, 'categories']);
    return {
      outcome: o,
      site: o.when ? ctx.condition(o.when, ['outcomes', i, 'when']) : -1,
      levelMask: levelMask(o.levels, ['outcomes', i, 'levels']),
      appliesBySlot: appliesBySlot(o.categories),
    };
  });
  const history = (r.history ?? []).map((rule, i) => {
    uniqueRule(rule.id, ['history', i, 'id']);
    return { rule, levelMask: levelMask(rule.levels, ['history', i, 'levels']) };
  });
  (r.crosswalks ?? []).forEach((cw, i) => {
    const targets = new Set(cw.levels.map((l) => l.id));
    for (const [from, to] of Object.entries(cw.map)) {
      level(from, ['crosswalks', i, 'map', from]);
      if (!targets.has(to)) fail(['crosswalks', i, 'map', from], 'unknown-level', `对应等次 ${to} 未在 ${cw.id} 中声明`, `the level ${to} is not declared in ${cw.id}`);
    }
  });
  (r.quotas ?? []).forEach((q, i) => {
    uniqueRule(q.id, ['quotas', i, 'id']);
    levelMask(q.levels, ['quotas', i, 'levels']);
    q.tieBreak?.forEach((t, j) => ctx.fact(t.fact, ['quotas', i, 'tieBreak', j, 'fact']));
  });
  (r.ranks ?? []).forEach((k, i) => {
    uniqueRule(k.id, ['ranks', i, 'id']);
    checkCategories(k.categories, ['ranks', i, 'categories']);
  });

  const ref = { id: r.id, version: r.version, hash: rubricHash(rubric) };
  const plan: PreparedPlan = {
    rubric: r,
    ref,
    unit,
    rounding: ctx.rounding,
    clamp: r.scale.clamp !== false,
    scaleMinUnits: units(r.scale.min, ['scale', 'min']),
    scaleMaxUnits: units(r.scale.max, ['scale', 'max']),
    facts,
    factIndex,
    categories,
    categorySlot,
    levels: r.levels,
    levelIndex,
    bands,
    sections: r.sections,
    indicators,
    adjustments,
    indicatorBatches: batchIndicators(indicators, (i) => pointsKind(i.indicator.points)),
    adjustmentBatches: batchAdjustments(adjustments, (a) => adjustmentKind(a.adjustment)),
    groups,
    groupScratch: new Float64Array(groups.length),
    gates,
    gateOrder,
    gateIndex,
    sites,
    scoreSites,
    flags,
    sources,
    crosswalks: r.crosswalks ?? [],
    outcomes,
    history,
    quotas: r.quotas ?? [],
    ranks: r.ranks ?? [],
  };
  return Object.freeze({ rubric: r, ref: Object.freeze(ref), plan });
}
