/**
 * Words for the parts of a rubric, as an official scoring table states them. Display only: every
 * score, level and count on the site comes from @rubricate/core itself.
 */
import type { Adjustment, Band, Condition, FactDeclaration, GateEffect, Indicator, LocalisedText, Outcome, Quota, Rubric } from '@rubricate/core';

export const zh = (t: LocalisedText | undefined): string => t?.zh ?? '';
export const en = (t: LocalisedText | undefined): string => t?.en ?? '';

/** Numbers as people write them (fixture values are plain decimals such as 8.5). */
export function num(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}

export const signed = (x: number): string => (x > 0 ? `+${num(x)}` : x < 0 ? `−${num(-x)}` : '0');

export class RubricText {
  private readonly facts = new Map<string, FactDeclaration>();
  private readonly levels = new Map<string, LocalisedText>();
  private readonly categories = new Map<string, LocalisedText>();

  constructor(readonly rubric: Rubric) {
    for (const f of rubric.facts) this.facts.set(f.id, f);
    for (const l of rubric.levels) this.levels.set(l.id, l.label);
    for (const c of rubric.crosswalks ?? []) for (const l of c.levels) if (!this.levels.has(l.id)) this.levels.set(l.id, l.label);
    for (const c of rubric.categories ?? []) this.categories.set(c.id, c.label);
  }

  level(id: string | null | undefined): string {
    if (id === null || id === undefined) return '无等次';
    return zh(this.levels.get(id)) || id;
  }

  levelColor(id: string | null | undefined): string | undefined {
    return this.rubric.levels.find((l) => l.id === id)?.color;
  }

  category(id: string): string {
    return zh(this.categories.get(id)) || id;
  }

  categoriesText(ids: readonly string[] | undefined): string {
    return ids?.length ? ids.map((c) => this.category(c)).join('、') : '';
  }

  fact(id: string): string {
    return zh(this.facts.get(id)?.label) || id;
  }

  /** A fact value in words: enum options by their label, booleans as 是/否. */
  value(factId: string, v: unknown): string {
    const f = this.facts.get(factId);
    if (f && (f.type === 'enum' || f.type === 'enumList')) {
      const label = (o: unknown): string => zh(f.options.find((x) => x.id === o)?.label) || String(o);
      return Array.isArray(v) ? (v.length ? v.map(label).join('、') : '（无）') : label(v);
    }
    if (typeof v === 'boolean') return v ? '是' : '否';
    if (typeof v === 'number') return num(v);
    if (v === null || v === undefined) return '—';
    return typeof v === 'string' ? v : JSON.stringify(v);
  }

  condition(c: Condition): string {
    if ('all' in c) return c.all.map((x) => this.wrap(x)).join(' 且 ');
    if ('any' in c) return c.any.map((x) => this.wrap(x)).join(' 或 ');
    if ('not' in c) return `并非（${this.condition(c.not)}）`;
    if ('condition' in c) {
      const shared = this.rubric.conditions?.[c.condition];
      return shared ? this.condition(shared) : c.condition;
    }
    const subject = `${this.fact(c.fact)}${c.path && c.path !== '$' ? ` ${c.path.slice(1)}` : ''}`;
    const v = c.value;
    const rhs =
      v !== null && typeof v === 'object' && !Array.isArray(v) && 'fact' in v && typeof v.fact === 'string'
        ? this.fact(v.fact)
        : Array.isArray(v)
          ? v.map((x) => this.value(c.fact, x)).join('、')
          : this.value(c.fact, v);
    return `${subject} ${OPERATOR_WORDS[c.operator]} ${rhs}`;
  }

  private wrap(c: Condition): string {
    return 'all' in c || 'any' in c ? `（${this.condition(c)}）` : this.condition(c);
  }

  /** A half-open band as a range of scores. */
  band(b: Band | undefined): string {
    if (!b || (b.min === undefined && b.max === undefined)) return '（无分数区间，由限定或比例确定）';
    if (b.min !== undefined && b.max !== undefined) return `${num(b.min)} ≤ 得分 < ${num(b.max)}`;
    if (b.min !== undefined) return `得分 ≥ ${num(b.min)}`;
    return `得分 < ${num(b.max!)}`;
  }

  points(i: Indicator): string {
    const p = i.points;
    switch (p.kind) {
      case 'direct':
        return `按实评分（录入 ${p.fact}）`;
      case 'linear':
        return p.invert
          ? `${this.fact(p.fact)} ≤ ${num(p.lower)} 得满分，≥ ${num(p.upper)} 得 0 分，其间按比例`
          : `${this.fact(p.fact)} ≤ ${num(p.lower)} 得 0 分，≥ ${num(p.upper)} 得满分，其间按比例`;
      case 'lookup':
        return p.rows
          .map((r) => {
            const when =
              r.equals !== undefined
                ? this.value(p.fact, r.equals)
                : [r.min !== undefined ? `≥ ${num(r.min)}` : '', r.max !== undefined ? `< ${num(r.max)}` : ''].filter(Boolean).join(' 且 ');
            return `${zh(r.label) || when}：${num(r.points)} 分`;
          })
          .concat(p.otherwise !== undefined ? [`其他：${num(p.otherwise)} 分`] : [])
          .join('；');
      case 'raters':
        return p.parts
          .map((part) => `${zh(this.rubric.sources?.find((s) => s.id === part.source)?.label) || part.source} × ${num(part.weight * 100)}%`)
          .join(' + ');
    }
  }

  maxText(i: Indicator): string {
    const byCat = Object.entries(i.maxByCategory ?? {});
    return byCat.length ? `${num(i.max)}（${byCat.map(([c, m]) => `${this.category(c)} ${num(m)}`).join('，')}）` : num(i.max);
  }

  adjustment(a: Adjustment): string {
    const cap = 'cap' in a && a.cap !== undefined ? `，累计不超过 ${num(a.cap)} 分` : '';
    switch (a.kind) {
      case 'perCount':
        return `${this.fact(a.fact)}：每次 ${signed(a.points)} 分${cap}`;
      case 'tiered': {
        const tiers = Object.entries(a.tiers)
          .map(([k, v]) => `${this.value(a.fact, k)} ${signed(v)}`)
          .join('，');
        return `${this.fact(a.fact)}：${tiers}${a.pick === 'highest' ? '（以最高的为准）' : '（逐项累加）'}${cap}`;
      }
      case 'fixed':
        return `${this.condition(a.when)} 时 ${signed(a.points)} 分`;
    }
  }

  effect(e: GateEffect): string {
    switch (e.kind) {
      case 'cap':
        return `最高定为${this.level(e.level)}`;
      case 'demote':
        return `降低 ${e.by} 个等次`;
      case 'veto':
        return e.level ? `一票否决，定为${this.level(e.level)}` : '一票否决，不定等次';
    }
  }

  quota(q: Quota): string {
    const set = q.levels.map((l) => this.level(l)).join('、');
    const per = q.perCategory ? '（按类别分别计算）' : '';
    switch (q.kind) {
      case 'atMost':
        return `${set}合计不超过总数的 ${num(q.percent)}%${per}`;
      case 'atLeast':
        return `${set}合计不低于总数的 ${num(q.percent)}%${per}`;
      case 'target':
        return `${set}合计占 ${num(q.percent)}% 左右${q.tolerance !== undefined ? `（±${num(q.tolerance)} 个百分点）` : ''}${per}`;
    }
  }

  outcome(o: Outcome): string {
    if (o.kind === 'reward') return `奖补 ${o.amount.toLocaleString('zh-CN')} ${o.currency === 'CNY' ? '元' : o.currency}`;
    return o.kind === 'label' ? '称号 / 标识' : '措施';
  }
}

const OPERATOR_WORDS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  in: '属于',
  notIn: '不属于',
  contains: '包含',
  doesNotContain: '不包含',
};
