import type { Adjustment, GateEffect, Message, Outcome, PointsRule, Rubric } from '@rubricate/core';
import { conditionText } from '@rubricate/diff';
import { pick, type Lang } from './lang.js';
import { num } from './markdown.js';

/**
 * How each kind of rule reads in the scoring table, declared once per kind (points kinds,
 * adjustment kinds, gate effects, outcome kinds).
 */
type Describe<T> = (rule: T, rubric: Rubric, lang: Lang) => string;

function factLabel(rubric: Rubric, id: string, lang: Lang): string {
  const fact = rubric.facts.find((f) => f.id === id);
  return fact ? pick(fact.label, lang) : id;
}

function optionLabel(rubric: Rubric, factId: string, optionId: string, lang: Lang): string {
  const fact = rubric.facts.find((f) => f.id === factId);
  const option = fact && (fact.type === 'enum' || fact.type === 'enumList') ? fact.options.find((o) => o.id === optionId) : undefined;
  return option ? pick(option.label, lang) : optionId;
}

const w = (lang: Lang, m: Message): string => m[lang];

export const POINTS_TEXT: { [K in PointsRule['kind']]: Describe<Extract<PointsRule, { kind: K }>> } = {
  direct: (rule, rubric, lang) => w(lang, { zh: `直接评分（${factLabel(rubric, rule.fact, 'zh')}）`, en: `scored directly (${factLabel(rubric, rule.fact, 'en')})` }),
  linear: (rule, rubric, lang) => {
    const f = factLabel(rubric, rule.fact, lang);
    return rule.invert
      ? w(lang, { zh: `按${f}折算：${num(rule.lower)} 及以下得满分，${num(rule.upper)} 及以上得 0 分`, en: `from ${f}: ${num(rule.lower)} or less earns full points, ${num(rule.upper)} or more earns 0` })
      : w(lang, { zh: `按${f}折算：${num(rule.lower)} 得 0 分，${num(rule.upper)} 得满分`, en: `from ${f}: ${num(rule.lower)} earns 0, ${num(rule.upper)} earns full points` });
  },
  lookup: (rule, rubric, lang) => {
    const rows = rule.rows.map((row) => {
      const when =
        row.equals !== undefined
          ? `= ${String(row.equals)}`
          : `${row.min !== undefined ? `≥ ${num(row.min)}` : ''}${row.min !== undefined && row.max !== undefined ? lang === 'zh' ? '且' : ' and ' : ''}${row.max !== undefined ? `< ${num(row.max)}` : ''}`;
      return `${row.label ? `${pick(row.label, lang)} ` : ''}${when}: ${num(row.points)}`;
    });
    const otherwise = rule.otherwise !== undefined ? w(lang, { zh: `；其余 ${num(rule.otherwise)}`, en: `; otherwise ${num(rule.otherwise)}` }) : '';
    return `${factLabel(rubric, rule.fact, lang)}: ${rows.join('; ')}${otherwise}`;
  },
  raters: (rule, rubric, lang) =>
    rule.parts
      .map((part) => {
        const source = rubric.sources?.find((s) => s.id === part.source);
        return `${source ? pick(source.label, lang) : part.source} ${num(Math.round(part.weight * 10000) / 100)}%`;
      })
      .join(' + '),
};

export const ADJUSTMENT_TEXT: { [K in Adjustment['kind']]: Describe<Extract<Adjustment, { kind: K }>> } = {
  perCount: (rule, rubric, lang) => {
    const cap = rule.cap !== undefined ? w(lang, { zh: `，累计不超过 ${num(rule.cap)} 分`, en: `, at most ${num(rule.cap)} in total` }) : '';
    return w(lang, {
      zh: `${factLabel(rubric, rule.fact, 'zh')}每次${rule.points < 0 ? '扣' : '加'} ${num(Math.abs(rule.points))} 分${cap}`,
      en: `${num(rule.points)} per occurrence (${factLabel(rubric, rule.fact, 'en')})${cap}`,
    });
  },
  tiered: (rule, rubric, lang) => {
    const tiers = Object.entries(rule.tiers)
      .map(([tier, points]) => `${optionLabel(rubric, rule.fact, tier, lang)} ${num(points)}`)
      .join(lang === 'zh' ? '，' : ', ');
    const how = rule.pick === 'highest' ? w(lang, { zh: '以最高的为准', en: 'only the highest counts' }) : w(lang, { zh: '累加', en: 'added up' });
    const cap = rule.cap !== undefined ? w(lang, { zh: `，累计不超过 ${num(rule.cap)} 分`, en: `, at most ${num(rule.cap)} in total` }) : '';
    return lang === 'zh' ? `${tiers}（${how}${cap}）` : `${tiers} (${how}${cap})`;
  },
  fixed: (rule, rubric, lang) =>
    w(lang, {
      zh: `${conditionText(rule.when, rubric).zh} 时${rule.points < 0 ? '扣' : '加'} ${num(Math.abs(rule.points))} 分`,
      en: `${num(rule.points)} when ${conditionText(rule.when, rubric).en}`,
    }),
};

function levelLabel(rubric: Rubric, id: string | undefined, lang: Lang): string {
  const level = id === undefined ? undefined : rubric.levels.find((l) => l.id === id);
  return level ? pick(level.label, lang) : (id ?? '');
}

export const GATE_EFFECT_TEXT: { [K in GateEffect['kind']]: Describe<Extract<GateEffect, { kind: K }>> } = {
  cap: (effect, rubric, lang) => w(lang, { zh: `最高定为${levelLabel(rubric, effect.level, 'zh')}`, en: `at most ${levelLabel(rubric, effect.level, 'en')}` }),
  demote: (effect, _rubric, lang) => w(lang, { zh: `降低 ${effect.by} 个等次`, en: `${effect.by} level${effect.by === 1 ? '' : 's'} down` }),
  veto: (effect, rubric, lang) =>
    effect.level === undefined
      ? w(lang, { zh: '不定等次', en: 'no level' })
      : w(lang, { zh: `一票否决，定为${levelLabel(rubric, effect.level, 'zh')}`, en: `vetoed: ${levelLabel(rubric, effect.level, 'en')}` }),
};

export const OUTCOME_TEXT: { [K in Outcome['kind']]: Describe<Extract<Outcome, { kind: K }>> } = {
  reward: (o, _rubric, lang) => w(lang, { zh: `奖励 ${num(o.amount)} ${o.currency}`, en: `reward of ${num(o.amount)} ${o.currency}` }),
  label: (_o, _rubric, lang) => w(lang, { zh: '标注', en: 'label' }),
  action: (_o, _rubric, lang) => w(lang, { zh: '处理措施', en: 'action' }),
};

/** Looks up a kind's describer; the unions above make the lookup total. */
export function describe<T extends { kind: string }>(table: Record<string, Describe<never>>, rule: T, rubric: Rubric, lang: Lang): string {
  const fn = table[rule.kind] as Describe<T> | undefined;
  return fn ? fn(rule, rubric, lang) : rule.kind;
}

export { levelLabel, factLabel };
