import type { Message } from '../result/types.js';
import type { Condition, LeafCondition } from '../schema/condition.js';
import type { Indicator } from '../schema/indicators.js';
import type { Rubric } from '../schema/rubric.js';
import { KIND, named } from '../messages/kinds.js';

/** A JSON path into the rubric. */
export type Path = (string | number)[];

/** A place in the rubric where a condition starts, and who owns it. */
export interface ConditionRoot {
  condition: Condition;
  path: Path;
  owner: Message;
}

/** Every condition in the rubric: shared ones first, then those of sources, adjustments, gates, flags and outcomes. */
export function conditionRoots(rubric: Rubric): ConditionRoot[] {
  const roots: ConditionRoot[] = [];
  for (const [name, condition] of Object.entries(rubric.conditions ?? {})) {
    roots.push({ condition, path: ['conditions', name], owner: named(KIND.condition, name) });
  }
  (rubric.sources ?? []).forEach((s, i) => {
    if (s.validWhen) roots.push({ condition: s.validWhen, path: ['sources', i, 'validWhen'], owner: named(KIND.source, s.id) });
  });
  (rubric.adjustments ?? []).forEach((a, i) => {
    if (a.kind === 'fixed') roots.push({ condition: a.when, path: ['adjustments', i, 'when'], owner: named(KIND.adjustment, a.id) });
  });
  (rubric.gates ?? []).forEach((g, i) => roots.push({ condition: g.when, path: ['gates', i, 'when'], owner: named(KIND.gate, g.id) }));
  (rubric.flags ?? []).forEach((f, i) => roots.push({ condition: f.when, path: ['flags', i, 'when'], owner: named(KIND.flag, f.id) }));
  (rubric.outcomes ?? []).forEach((o, i) => {
    if (o.when) roots.push({ condition: o.when, path: ['outcomes', i, 'when'], owner: named(KIND.outcome, o.id) });
  });
  return roots;
}

export function isLeaf(c: Condition): c is LeafCondition {
  return 'fact' in c;
}

/**
 * Visits a condition tree depth first (the root has depth 1). Shared-condition references are
 * visited as nodes, not followed.
 */
export function walkCondition(
  condition: Condition,
  path: Path,
  visit: (node: Condition, path: Path, depth: number) => void,
  depth = 1,
): void {
  visit(condition, path, depth);
  if ('all' in condition) condition.all.forEach((c, i) => walkCondition(c, [...path, 'all', i], visit, depth + 1));
  else if ('any' in condition) condition.any.forEach((c, i) => walkCondition(c, [...path, 'any', i], visit, depth + 1));
  else if ('not' in condition) walkCondition(condition.not, [...path, 'not'], visit, depth + 1);
}

/** Every fact test in the rubric's conditions, with its owner. */
export function conditionLeaves(rubric: Rubric): { leaf: LeafCondition; path: Path; owner: Message }[] {
  const out: { leaf: LeafCondition; path: Path; owner: Message }[] = [];
  for (const root of conditionRoots(rubric)) {
    walkCondition(root.condition, root.path, (node, path) => {
      if (isLeaf(node)) out.push({ leaf: node, path, owner: root.owner });
    });
  }
  return out;
}

/** Every indicator with its path. */
export function indicators(rubric: Rubric): { indicator: Indicator; path: Path }[] {
  const out: { indicator: Indicator; path: Path }[] = [];
  rubric.sections.forEach((s, si) =>
    s.indicators.forEach((indicator, ii) => out.push({ indicator, path: ['sections', si, 'indicators', ii] })),
  );
  return out;
}

/** How a fact is used: which kind of rule reads it. */
export type FactUseKind =
  | 'direct'
  | 'linear'
  | 'lookup'
  | 'raters'
  | 'perCount'
  | 'tiered'
  | 'condition'
  | 'conditionValue'
  | 'tieBreak';

export interface FactUse {
  fact: string;
  use: FactUseKind;
  /** Path of the property that names the fact. */
  path: Path;
  owner: Message;
  /** A `path` selecting inside the fact, for condition uses. */
  select?: string;
}

/** Every place a fact is named, in document order. */
export function factUses(rubric: Rubric): FactUse[] {
  const uses: FactUse[] = [];
  for (const { indicator, path } of indicators(rubric)) {
    const owner = named(KIND.indicator, indicator.id);
    const p = indicator.points;
    if (p.kind === 'raters') {
      p.parts.forEach((part, i) => uses.push({ fact: part.fact, use: 'raters', path: [...path, 'points', 'parts', i, 'fact'], owner }));
    } else {
      uses.push({ fact: p.fact, use: p.kind, path: [...path, 'points', 'fact'], owner });
    }
  }
  (rubric.adjustments ?? []).forEach((a, i) => {
    if (a.kind !== 'fixed') uses.push({ fact: a.fact, use: a.kind, path: ['adjustments', i, 'fact'], owner: named(KIND.adjustment, a.id) });
  });
  for (const { leaf, path, owner } of conditionLeaves(rubric)) {
    uses.push({ fact: leaf.fact, use: 'condition', path: [...path, 'fact'], owner, ...(leaf.path ? { select: leaf.path } : {}) });
    const v = leaf.value;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { fact?: unknown }).fact === 'string') {
      const ref = v as { fact: string; path?: string };
      uses.push({
        fact: ref.fact,
        use: 'conditionValue',
        path: [...path, 'value', 'fact'],
        owner,
        ...(ref.path ? { select: ref.path } : {}),
      });
    }
  }
  (rubric.quotas ?? []).forEach((q, i) =>
    (q.tieBreak ?? []).forEach((t, j) =>
      uses.push({ fact: t.fact, use: 'tieBreak', path: ['quotas', i, 'tieBreak', j, 'fact'], owner: named(KIND.quota, q.id) }),
    ),
  );
  return uses;
}

/** Every place a level of the rubric's own scale is named. */
export function levelReferences(rubric: Rubric): { level: string; path: Path; owner: Message }[] {
  const out: { level: string; path: Path; owner: Message }[] = [];
  (rubric.gates ?? []).forEach((g, i) => {
    if ((g.effect.kind === 'cap' || g.effect.kind === 'veto') && g.effect.level !== undefined) {
      out.push({ level: g.effect.level, path: ['gates', i, 'effect', 'level'], owner: named(KIND.gate, g.id) });
    }
  });
  (rubric.quotas ?? []).forEach((q, i) =>
    q.levels.forEach((l, j) => out.push({ level: l, path: ['quotas', i, 'levels', j], owner: named(KIND.quota, q.id) })),
  );
  (rubric.outcomes ?? []).forEach((o, i) =>
    o.levels.forEach((l, j) => out.push({ level: l, path: ['outcomes', i, 'levels', j], owner: named(KIND.outcome, o.id) })),
  );
  (rubric.history ?? []).forEach((h, i) =>
    h.levels.forEach((l, j) => out.push({ level: l, path: ['history', i, 'levels', j], owner: named(KIND.history, h.id) })),
  );
  (rubric.crosswalks ?? []).forEach((c, i) => {
    for (const from of Object.keys(c.map)) out.push({ level: from, path: ['crosswalks', i, 'map', from], owner: named(KIND.crosswalk, c.id) });
  });
  return out;
}

/** Every place a category is named. */
export function categoryReferences(rubric: Rubric): { category: string; path: Path; owner: Message }[] {
  const out: { category: string; path: Path; owner: Message }[] = [];
  const list = (cats: string[] | undefined, path: Path, owner: Message) =>
    (cats ?? []).forEach((c, j) => out.push({ category: c, path: [...path, j], owner }));
  for (const { indicator, path } of indicators(rubric)) {
    const owner = named(KIND.indicator, indicator.id);
    list(indicator.categories, [...path, 'categories'], owner);
    for (const c of Object.keys(indicator.maxByCategory ?? {})) out.push({ category: c, path: [...path, 'maxByCategory', c], owner });
  }
  (rubric.adjustments ?? []).forEach((a, i) => list(a.categories, ['adjustments', i, 'categories'], named(KIND.adjustment, a.id)));
  (rubric.gates ?? []).forEach((g, i) => list(g.categories, ['gates', i, 'categories'], named(KIND.gate, g.id)));
  (rubric.outcomes ?? []).forEach((o, i) => list(o.categories, ['outcomes', i, 'categories'], named(KIND.outcome, o.id)));
  (rubric.ranks ?? []).forEach((r, i) => list(r.categories, ['ranks', i, 'categories'], named(KIND.rank, r.id)));
  rubric.levels.forEach((l, i) => {
    for (const c of Object.keys(l.bandByCategory ?? {})) {
      out.push({ category: c, path: ['levels', i, 'bandByCategory', c], owner: named(KIND.level, l.id) });
    }
  });
  return out;
}

/** Everything that carries provenance (a clause or assumptions), with its kind. */
export function provenanced(rubric: Rubric): {
  item: { id: string; clause?: unknown; assumptions?: string[] | undefined };
  path: Path;
  owner: Message;
}[] {
  const out: ReturnType<typeof provenanced> = [];
  const add = (items: { id: string; clause?: unknown; assumptions?: string[] | undefined }[] | undefined, key: string, kind: Message) =>
    (items ?? []).forEach((item, i) => out.push({ item, path: [key, i], owner: named(kind, item.id) }));
  add(rubric.categories, 'categories', KIND.category);
  add(rubric.sources, 'sources', KIND.source);
  rubric.sections.forEach((s, si) => out.push({ item: s, path: ['sections', si], owner: named(KIND.section, s.id) }));
  for (const { indicator, path } of indicators(rubric)) out.push({ item: indicator, path, owner: named(KIND.indicator, indicator.id) });
  add(rubric.adjustments, 'adjustments', KIND.adjustment);
  add(rubric.adjustmentGroups, 'adjustmentGroups', KIND.adjustmentGroup);
  add(rubric.levels, 'levels', KIND.level);
  add(rubric.crosswalks, 'crosswalks', KIND.crosswalk);
  add(rubric.gates, 'gates', KIND.gate);
  add(rubric.flags, 'flags', KIND.flag);
  add(rubric.quotas, 'quotas', KIND.quota);
  add(rubric.ranks, 'ranks', KIND.rank);
  add(rubric.outcomes, 'outcomes', KIND.outcome);
  add(rubric.history, 'history', KIND.history);
  return out;
}
