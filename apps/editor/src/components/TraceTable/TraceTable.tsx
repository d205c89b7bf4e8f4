import type { Rubric, SubjectResult } from '@rubricate/core';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';

/** The level's label in the UI language, or its id; "无等次" for no level. */
export function levelName(rubric: Rubric | null, id: string | null | undefined, lang: string, none: string): string {
  if (id === null || id === undefined) return none;
  const l = rubric?.levels.find((x) => x.id === id);
  return l ? pick(l.label, lang) : id;
}

/** Every step that added or removed points or moved the level, with its rule and clause. */
export function TraceTable({ result, rubric }: { result: SubjectResult; rubric: Rubric | null }) {
  const { t, i18n } = useTranslation();
  const none = t('tryit.noLevel');
  return (
    <table className="trace" aria-label={t('trace.title')}>
      <thead>
        <tr>
          <th scope="col">{t('trace.step')}</th>
          <th scope="col">{t('trace.rule')}</th>
          <th scope="col">{t('trace.amount')}</th>
          <th scope="col">{t('trace.level')}</th>
          <th scope="col">{t('trace.explanation')}</th>
          <th scope="col">{t('trace.clause')}</th>
        </tr>
      </thead>
      <tbody>
        {result.trace.map((e, i) => (
          <tr key={i} className={`trace-${e.step}`}>
            <td>{t(`trace.steps.${e.step}`, { defaultValue: e.step })}</td>
            <td>
              <code>{e.rule}</code>
            </td>
            <td className="num">{e.amount === undefined ? '' : e.amount > 0 ? `+${e.amount}` : String(e.amount)}</td>
            <td>{e.from !== undefined || e.to !== undefined ? `${levelName(rubric, e.from, i18n.language, none)} → ${levelName(rubric, e.to, i18n.language, none)}` : ''}</td>
            <td>{pick(e.message, i18n.language)}</td>
            <td>{e.clause ? e.clause.ref : e.assumptions?.length ? t('trace.assumed', { list: e.assumptions.join('、') }) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
