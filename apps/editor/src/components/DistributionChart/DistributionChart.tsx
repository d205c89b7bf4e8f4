import type { DistributionRow, QuotaReport, Rubric } from '@rubricate/core';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { levelName } from '../TraceTable/TraceTable';

/**
 * How many subjects reached each level, as bars, with each quota's limit beside the levels it
 * counts: whether it is met, and how many subjects it moved.
 */
export function DistributionChart({ rows, quotas, rubric }: { rows: DistributionRow[]; quotas: QuotaReport[]; rubric: Rubric | null }) {
  const { t, i18n } = useTranslation();
  const total = rows.reduce((s, r) => s + r.count, 0);
  const max = Math.max(1, ...rows.map((r) => r.count), ...quotas.map((q) => Math.max(q.after, q.limit)));
  const none = t('tryit.noLevel');
  return (
    <figure className="distribution" aria-label={t('cohort.distribution')}>
      <table className="bars" data-testid="distribution">
        <caption>{t('cohort.distributionCaption', { n: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tryit.level')}</th>
            <th scope="col">{t('cohort.count')}</th>
            <th scope="col">{t('cohort.percent')}</th>
            <th scope="col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const color = rubric?.levels.find((l) => l.id === r.level)?.color ?? '#1677ff';
            return (
              <tr key={String(r.level)} data-level={r.level ?? ''}>
                <th scope="row">{levelName(rubric, r.level, i18n.language, none)}</th>
                <td className="num">{r.count}</td>
                <td className="num">{r.percent}%</td>
                <td className="bar-cell" aria-hidden="true">
                  <span className="bar" style={{ width: `${(r.count / max) * 100}%`, background: color }} />
                </td>
              </tr>
            );
          })}
        </tbody>
        {quotas.length ? (
          <tbody className="quota-rows">
            {quotas.map((q, i) => {
              const rule = rubric?.quotas?.find((x) => x.id === q.id);
              const levels = rule ? rule.levels.map((l) => levelName(rubric, l, i18n.language, none)).join(' + ') : q.id;
              const sign = q.kind === 'atMost' ? '≤' : q.kind === 'atLeast' ? '≥' : '≈';
              return (
                <tr key={`${q.id}-${q.category ?? ''}-${i}`} className={q.met ? 'met' : 'unmet'} data-quota={q.id}>
                  <th scope="row">
                    {levels}
                    {q.category ? `（${q.category}）` : ''}
                  </th>
                  <td className="num">{q.after}</td>
                  <td className="num">
                    {sign} {q.limit}
                  </td>
                  <td className="bar-cell" aria-hidden="true">
                    <span className="bar quota-bar" style={{ width: `${(q.after / max) * 100}%` }} />
                    <span className="quota-limit" style={{ left: `${Math.min(100, (q.limit / max) * 100)}%` }} title={`${sign} ${q.limit}`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        ) : null}
      </table>
      {quotas.length ? (
        <ul className="quota-reports">
          {quotas.map((q, i) => {
            return (
              <li key={`${q.id}-${q.category ?? ''}-${i}`} className={q.met ? 'met' : 'unmet'}>
                {pick(q.message, i18n.language)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </figure>
  );
}
