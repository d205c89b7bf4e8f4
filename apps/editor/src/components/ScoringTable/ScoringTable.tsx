import type { Condition, Rubric } from '@rubricate/core';
import { conditionText } from '@rubricate/diff';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { pick } from '../../i18n';

function band(b: { min?: number; max?: number } | undefined, lang: string): string {
  if (!b) return '—';
  const zh = lang !== 'en';
  if (b.min !== undefined && b.max !== undefined) return zh ? `${b.min} 分（含）至 ${b.max} 分（不含）` : `${b.min} ≤ score < ${b.max}`;
  if (b.min !== undefined) return zh ? `${b.min} 分及以上` : `${b.min} or more`;
  if (b.max !== undefined) return zh ? `低于 ${b.max} 分` : `below ${b.max}`;
  return zh ? '任意分数' : 'any score';
}

/**
 * The rubric as the official scoring table (评分细则表): sections and indicators with their points
 * and source clauses, bonuses and deductions, levels, gates, quotas and outcomes. Prints on A4.
 */
export function ScoringTable() {
  const { t, i18n } = useTranslation();
  const { rubric } = useCheck();
  if (!rubric) return <p className="notice">{t('tryit.invalid')}</p>;
  const L = i18n.language;
  const cond = (c: Condition | undefined) => (c ? pick(conditionText(c, rubric), L) : '');
  const levelLabel = (id: string) => pick(rubric.levels.find((l) => l.id === id)?.label, L) || id;
  const hasStandard = rubric.sections.some((s) => s.indicators.some((i) => i.description));
  const signed = (points: number, minus: string, plus: string, extra: Record<string, unknown> = {}) =>
    t(points < 0 ? minus : plus, { n: Math.abs(points), ...extra });
  const optionLabel = (factId: string, option: string) => {
    const f = rubric.facts.find((x) => x.id === factId);
    const o = f && 'options' in f ? f.options.find((x) => x.id === option) : undefined;
    return o ? pick(o.label, L) : option;
  };
  const adjustmentRule = (a: NonNullable<Rubric['adjustments']>[number]): string => {
    switch (a.kind) {
      case 'perCount':
        return signed(a.points, 'print.perCountMinus', 'print.perCountPlus') + (a.cap ? t('print.capped', { cap: a.cap }) : '');
      case 'tiered':
        return (
          Object.entries(a.tiers)
            .map(([k, v]) => t('print.tier', { label: optionLabel(a.fact, k), n: v }))
            .join(t('print.listSep')) + t(a.pick === 'highest' ? 'print.pickHighest' : 'print.pickSum')
        );
      case 'fixed':
        return signed(a.points, 'print.fixedMinus', 'print.fixedPlus', { when: cond(a.when) });
    }
  };
  return (
    <div className="scoring-table">
      <div className="no-print row">
        <button type="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <span className="hint">{t('print.hint')}</span>
      </div>
      <article className="print-area" lang={L === 'en' ? 'en' : 'zh-CN'}>
        <h1>{pick(rubric.title, L)}</h1>
        <p className="print-meta">
          {t('print.version', { version: rubric.version })}
          {rubric.source ? ` · ${pick(rubric.source.title, L)}${rubric.source.reference ? `（${rubric.source.reference}）` : ''} ${rubric.source.date}` : ''}
        </p>
        <table className="official">
          <caption>{t('print.indicators', { max: rubric.scale.max })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.section')}</th>
              <th scope="col">{t('print.indicator')}</th>
              <th scope="col">{t('print.points')}</th>
              {hasStandard ? <th scope="col">{t('print.standard')}</th> : null}
              <th scope="col">{t('print.clause')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.sections.flatMap((s) =>
              s.indicators.map((ind, i) => (
                <tr key={`${s.id}-${ind.id}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={s.indicators.length}>
                      {pick(s.label, L)}
                    </th>
                  ) : null}
                  <td>{pick(ind.label, L)}</td>
                  <td className="num">{ind.max}</td>
                  {hasStandard ? <td>{pick(ind.description, L)}</td> : null}
                  <td>{ind.clause?.ref ?? (ind.assumptions?.length ? t('print.assumption') : '')}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        {rubric.adjustments?.length ? (
          <table className="official">
            <caption>{t('print.adjustments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('print.item')}</th>
                <th scope="col">{t('print.rule')}</th>
                <th scope="col">{t('print.clause')}</th>
              </tr>
            </thead>
            <tbody>
              {rubric.adjustments.map((a) => (
                <tr key={a.id}>
                  <td>{pick(a.label, L)}</td>
                  <td>{adjustmentRule(a)}</td>
                  <td>{a.clause?.ref ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <table className="official">
          <caption>{t('print.levels')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.level')}</th>
              <th scope="col">{t('print.band')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.levels.map((l) => (
              <tr key={l.id}>
                <td>{pick(l.label, L)}</td>
                <td>{band(l.band, L)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rubric.gates?.length ? (
          <table className="official">
            <caption>{t('print.gates')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('print.when')}</th>
                <th scope="col">{t('print.effect')}</th>
                <th scope="col">{t('print.clause')}</th>
              </tr>
            </thead>
            <tbody>
              {rubric.gates.map((g) => (
                <tr key={g.id}>
                  <td>
                    {pick(g.label, L)}
                    <br />
                    <small>{cond(g.when)}</small>
                  </td>
                  <td>
                    {g.effect.kind === 'cap'
                      ? t('print.cap', { level: levelLabel(g.effect.level) })
                      : g.effect.kind === 'demote'
                        ? t('print.demote', { n: g.effect.by })
                        : g.effect.level
                          ? t('print.vetoTo', { level: levelLabel(g.effect.level) })
                          : t('print.veto')}
                    {g.soft ? `（${t('gates.softShort')}）` : ''}
                  </td>
                  <td>{g.clause?.ref ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {rubric.quotas?.length || rubric.ranks?.length ? <h2>{t('print.quotas')}</h2> : null}
        {rubric.quotas?.length || rubric.ranks?.length ? (
          <ul className="print-list">
            {(rubric.quotas ?? []).map((q) => (
              <li key={q.id}>
                {pick(q.label, L)}：{q.levels.map(levelLabel).join('、')} {t(`quotas.kinds.${q.kind}`)} {q.percent}%
              </li>
            ))}
            {(rubric.ranks ?? []).map((r) => (
              <li key={r.id}>
                {pick(r.label, L)}：{t(`ranks.${r.direction}`)} {r.percent}%
              </li>
            ))}
          </ul>
        ) : null}
        {rubric.outcomes?.length ? <h2>{t('print.outcomes')}</h2> : null}
        {rubric.outcomes?.length ? (
          <ul className="print-list">
            {rubric.outcomes.map((o) => (
              <li key={o.id}>
                {o.levels.map(levelLabel).join('、')} → {pick(o.label, L)}
                {o.kind === 'reward' ? ` ${o.amount} ${o.currency}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {rubric.assumptions?.length ? (
          <section className="print-assumptions">
            <h2>{t('identity.assumptions')}</h2>
            <ol>
              {rubric.assumptions.map((a) => (
                <li key={a.id}>{pick(a.text, L)}</li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>
    </div>
  );
}
