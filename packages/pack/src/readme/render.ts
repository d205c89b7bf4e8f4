import type { Adjustment, Clause, Rubric } from '@rubricate/core';
import { conditionText } from '@rubricate/diff';
import { ADJUSTMENT_TEXT, describe, GATE_EFFECT_TEXT, levelLabel, OUTCOME_TEXT, POINTS_TEXT } from './kinds.js';
import { pick, type Lang } from './lang.js';
import { exactSum, inline, num, table } from './markdown.js';

const HEAD = {
  zh: {
    table: '评分表',
    indicator: '指标',
    points: '分值',
    how: '计分方式',
    clause: '依据',
    bonuses: '加分项',
    deductions: '扣分项',
    item: '项目',
    rule: '计分',
    groups: '加减分分组上限',
    levels: '等次',
    level: '等次',
    band: '分数段',
    gates: '否决与限制',
    gate: '条款',
    when: '条件',
    effect: '效果',
    soft: '（原则上，可经批准例外）',
    perCategory: '（按类别分别计算）',
    quotas: '比例限制',
    quota: '限制',
    ranks: '排名标注',
    outcomes: '结果运用',
    outcome: '结果',
    kind: '类型',
    forLevels: '适用等次',
    history: '连续期规则',
    assumptions: '假设说明',
    full: '满分',
    scale: (r: Rubric) => `满分 ${num(r.scale.max)} 分，最低 ${num(r.scale.min)} 分，计分精度 ${num(r.scale.precision)} 分。`,
    band_: (min?: number, max?: number) =>
      min !== undefined && max !== undefined ? `${num(min)} ≤ 分数 < ${num(max)}` : min !== undefined ? `≥ ${num(min)}` : max !== undefined ? `< ${num(max)}` : '（仅由否决、限制或比例限制确定）',
    quota_: (kind: string, p: number, t?: number) =>
      kind === 'atMost' ? `不超过总数的 ${num(p)}%` : kind === 'atLeast' ? `不低于总数的 ${num(p)}%` : `${num(p)}% 左右${t !== undefined ? `（±${num(t)}）` : ''}`,
    rank_: (dir: string, p: number) => (dir === 'bottom' ? `得分排名后 ${num(p)}%` : `得分排名前 ${num(p)}%`),
    history_: (n: number, levels: string) => `连续 ${n} 期为 ${levels}`,
  },
  en: {
    table: 'Scoring table',
    indicator: 'Indicator',
    points: 'Points',
    how: 'How scored',
    clause: 'Clause',
    bonuses: 'Bonuses',
    deductions: 'Deductions',
    item: 'Item',
    rule: 'Points',
    groups: 'Adjustment group limits',
    levels: 'Levels',
    level: 'Level',
    band: 'Score',
    gates: 'Gates',
    gate: 'Rule',
    when: 'Condition',
    effect: 'Effect',
    soft: ' (in principle: may be lifted with approval)',
    perCategory: ' (within each category)',
    quotas: 'Quotas',
    quota: 'Limit',
    ranks: 'Rank labels',
    outcomes: 'Outcomes',
    outcome: 'Outcome',
    kind: 'Kind',
    forLevels: 'Levels',
    history: 'Rules over consecutive periods',
    assumptions: 'Assumptions',
    full: 'full score',
    scale: (r: Rubric) => `Full score ${num(r.scale.max)}, lowest ${num(r.scale.min)}, in steps of ${num(r.scale.precision)}.`,
    band_: (min?: number, max?: number) =>
      min !== undefined && max !== undefined ? `${num(min)} ≤ score < ${num(max)}` : min !== undefined ? `≥ ${num(min)}` : max !== undefined ? `< ${num(max)}` : '(set only by a gate or a quota)',
    quota_: (kind: string, p: number, t?: number) =>
      kind === 'atMost' ? `at most ${num(p)}% of all` : kind === 'atLeast' ? `at least ${num(p)}% of all` : `about ${num(p)}%${t !== undefined ? ` (±${num(t)})` : ''}`,
    rank_: (dir: string, p: number) => (dir === 'bottom' ? `bottom ${num(p)}% by score` : `top ${num(p)}% by score`),
    history_: (n: number, levels: string) => `${n} periods running at ${levels}`,
  },
} as const;

function clauseText(clause: Clause | undefined): string {
  if (!clause) return '';
  return clause.quote ? `${clause.ref} “${clause.quote}”` : clause.ref;
}

function isBonus(adjustment: Adjustment): boolean {
  if (adjustment.kind === 'tiered') return Object.values(adjustment.tiers).every((p) => p >= 0);
  return adjustment.points >= 0;
}

function categoryNames(rubric: Rubric, ids: readonly string[] | undefined, lang: Lang): string {
  if (!ids || ids.length === 0) return '';
  const names = ids.map((id) => {
    const category = rubric.categories?.find((c) => c.id === id);
    return category ? pick(category.label, lang) : id;
  });
  return lang === 'zh' ? `（仅适用于：${names.join('、')}）` : ` (only for: ${names.join(', ')})`;
}

/** A per-category value after the default, e.g. "10（机关 8）" / "10 (organs 8)". */
function byCategory(rubric: Rubric, record: Readonly<Record<string, string>> | undefined, lang: Lang): string {
  const entries = Object.entries(record ?? {});
  if (entries.length === 0) return '';
  const parts = entries.map(([id, value]) => {
    const category = rubric.categories?.find((c) => c.id === id);
    return `${category ? pick(category.label, lang) : id} ${value}`;
  });
  return lang === 'zh' ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`;
}

function mapValues<T>(record: Readonly<Record<string, T>> | undefined, fn: (value: T) => string): Record<string, string> | undefined {
  return record ? Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)])) : undefined;
}

function levelsText(rubric: Rubric, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => levelLabel(rubric, id, lang)).join(lang === 'zh' ? '、' : ', ');
}

/** The scoring table in one language: sections, bonuses, deductions, levels, gates, quotas, outcomes. */
export function renderTable(rubric: Rubric, lang: Lang): string {
  const h = HEAD[lang];
  const out: string[] = [`## ${h.table}${lang === 'zh' ? '（中文）' : ' (English)'}`, '', h.scale(rubric)];

  rubric.sections.forEach((section) => {
    const total = num(exactSum(section.indicators.map((i) => i.max)));
    const full = lang === 'zh' ? `（${h.full} ${total} 分）` : ` (${h.full} ${total})`;
    out.push('', `### ${inline(pick(section.label, lang))}${full}`, '');
    out.push(
      table(
        [h.indicator, h.points, h.how, h.clause],
        section.indicators.map((i) => [
          `${pick(i.label, lang)}${categoryNames(rubric, i.categories, lang)}`,
          `${num(i.max)}${byCategory(rubric, mapValues(i.maxByCategory, num), lang)}`,
          describe(POINTS_TEXT, i.points, rubric, lang),
          clauseText(i.clause),
        ]),
      ),
    );
  });

  const adjustments = rubric.adjustments ?? [];
  for (const [title, list] of [
    [h.bonuses, adjustments.filter(isBonus)],
    [h.deductions, adjustments.filter((a) => !isBonus(a))],
  ] as const) {
    if (list.length === 0) continue;
    out.push('', `### ${title}`, '', table([h.item, h.rule, h.clause], list.map((a) => [`${pick(a.label, lang)}${categoryNames(rubric, a.categories, lang)}`, describe(ADJUSTMENT_TEXT, a, rubric, lang), clauseText(a.clause)])));
  }
  if ((rubric.adjustmentGroups ?? []).length > 0) {
    out.push(
      '',
      `### ${h.groups}`,
      '',
      table(
        [h.item, h.points, h.clause],
        rubric.adjustmentGroups!.map((g) => [pick(g.label, lang), `${g.min !== undefined ? `≥ ${num(g.min)}` : ''} ${g.max !== undefined ? `≤ ${num(g.max)}` : ''}`.trim(), clauseText(g.clause)]),
      ),
    );
  }

  out.push('', `### ${h.levels}`, '', table([h.level, h.band, h.clause], rubric.levels.map((l) => [
          pick(l.label, lang),
          `${h.band_(l.band?.min, l.band?.max)}${byCategory(rubric, mapValues(l.bandByCategory, (b) => h.band_(b.min, b.max)), lang)}`,
          clauseText(l.clause),
        ])));

  if ((rubric.gates ?? []).length > 0) {
    out.push(
      '',
      `### ${h.gates}`,
      '',
      table(
        [h.gate, h.when, h.effect, h.clause],
        rubric.gates!.map((g) => [`${pick(g.label, lang)}${categoryNames(rubric, g.categories, lang)}`, conditionText(g.when, rubric)[lang], `${describe(GATE_EFFECT_TEXT, g.effect, rubric, lang)}${g.soft ? h.soft : ''}`, clauseText(g.clause)]),
      ),
    );
  }
  if ((rubric.quotas ?? []).length > 0) {
    out.push(
      '',
      `### ${h.quotas}`,
      '',
      table(
        [h.quota, h.forLevels, h.rule, h.clause],
        rubric.quotas!.map((q) => [
          pick(q.label, lang),
          levelsText(rubric, q.levels, lang),
          `${h.quota_(q.kind, q.percent, q.tolerance)}${q.perCategory ? h.perCategory : ''}`,
          clauseText(q.clause),
        ]),
      ),
    );
  }
  if ((rubric.ranks ?? []).length > 0) {
    out.push('', `### ${h.ranks}`, '', table([h.outcome, h.rule, h.clause], rubric.ranks!.map((r) => [`${pick(r.label, lang)}${categoryNames(rubric, r.categories, lang)}`, h.rank_(r.direction, r.percent), clauseText(r.clause)])));
  }
  if ((rubric.outcomes ?? []).length > 0) {
    out.push(
      '',
      `### ${h.outcomes}`,
      '',
      table(
        [h.outcome, h.kind, h.forLevels, h.when, h.clause],
        rubric.outcomes!.map((o) => [
          `${pick(o.label, lang)}${categoryNames(rubric, o.categories, lang)}`,
          describe(OUTCOME_TEXT, o, rubric, lang),
          levelsText(rubric, o.levels, lang),
          o.when ? conditionText(o.when, rubric)[lang] : '',
          clauseText(o.clause),
        ]),
      ),
    );
  }
  if ((rubric.history ?? []).length > 0) {
    out.push('', `### ${h.history}`, '', table([h.outcome, h.rule, h.clause], rubric.history!.map((r) => [pick(r.label, lang), h.history_(r.consecutive, levelsText(rubric, r.levels, lang)), clauseText(r.clause)])));
  }
  if ((rubric.assumptions ?? []).length > 0) {
    out.push('', `### ${h.assumptions}`, '', ...rubric.assumptions!.map((a) => `- **${a.id}**: ${inline(pick(a.text, lang))}${a.clause ? ` (${inline(clauseText(a.clause))})` : ''}`));
  }
  return out.join('\n');
}
