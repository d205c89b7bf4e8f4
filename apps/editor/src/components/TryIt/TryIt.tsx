import type { FactDeclaration, Rubric } from '@rubricate/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { prepare, scoreSubject } from '../../engine/score';
import { pick } from '../../i18n';
import { levelName, TraceTable } from '../TraceTable/TraceTable';

type Facts = Record<string, unknown>;

/** A starting value for each fact: its default, else the lowest allowed value. */
export function initialFacts(rubric: Rubric): Facts {
  const out: Facts = {};
  for (const f of rubric.facts) {
    if (f.source === 'async') continue;
    if (f.default !== undefined) out[f.id] = f.default;
    else if (f.type === 'number' || f.type === 'integer') out[f.id] = f.min ?? 0;
    else if (f.type === 'boolean') out[f.id] = false;
    else if (f.type === 'enum') out[f.id] = f.options[0]?.id;
    else if (f.type === 'enumList') out[f.id] = [];
    else out[f.id] = '';
  }
  return out;
}

/**
 * Score one subject against the current rubric as its facts are typed: score, level and the trace
 * of every point and level change, with the clause behind it.
 */
export function TryIt() {
  const { t, i18n } = useTranslation();
  const { rubric } = useCheck();
  const [facts, setFacts] = useState<Facts>({});
  const [category, setCategory] = useState('');
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [history, setHistory] = useState<{ period: string; level: string | null }[]>([]);
  const prepared = useMemo(() => (rubric ? prepare(rubric) : null), [rubric]);
  const merged = useMemo(() => (rubric ? { ...initialFacts(rubric), ...facts } : facts), [rubric, facts]);
  const subject = useMemo(() => {
    const declared = new Set(rubric?.facts.map((f) => f.id));
    const own = Object.fromEntries(Object.entries(merged).filter(([k]) => declared.has(k)));
    const ov = Object.entries(overrides)
      .filter(([, reason]) => reason.trim() !== '')
      .map(([gate, reason]) => ({ gate, reason }));
    const past = history.filter((h) => h.period.trim() !== '');
    return { id: 'try', ...(category ? { category } : {}), facts: own, ...(ov.length ? { overrides: ov } : {}), ...(past.length ? { history: past } : {}) };
  }, [merged, category, overrides, history, rubric]);
  const evaluation = useMemo(() => (prepared?.ok ? scoreSubject(prepared.prepared, subject) : null), [prepared, subject]);

  if (!rubric) return <p className="notice">{t('tryit.invalid')}</p>;
  if (prepared && !prepared.ok) return <p className="notice">{pick(prepared.message, i18n.language)}</p>;
  const soft = (rubric.gates ?? []).filter((g) => g.soft);
  const none = t('tryit.noLevel');
  return (
    <div className="tryit">
      <form className="tryit-facts" aria-label={t('tryit.facts')} onSubmit={(e) => e.preventDefault()}>
        <h2>{t('tryit.title')}</h2>
        {rubric.categories?.length ? (
          <label className="field">
            <span className="field-label">{t('tryit.category')}</span>
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">—</option>
              {rubric.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.label, i18n.language)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {rubric.facts
          .filter((f) => f.source !== 'async')
          .map((f) => (
            <FactInput key={f.id} fact={f} value={merged[f.id]} onChange={(v) => setFacts((prev) => ({ ...prev, [f.id]: v }))} />
          ))}
        {soft.length ? (
          <fieldset>
            <legend>{t('tryit.overrides')}</legend>
            {soft.map((g) => (
              <label key={g.id} className="field">
                <span className="field-label">{pick(g.label, i18n.language)}</span>
                <input value={overrides[g.id] ?? ''} placeholder={t('tryit.overrideReason')} onChange={(e) => setOverrides((o) => ({ ...o, [g.id]: e.target.value }))} />
              </label>
            ))}
          </fieldset>
        ) : null}
        {rubric.history?.length ? (
          <fieldset data-testid="try-history">
            <legend>{t('tryit.history')}</legend>
            {history.map((h, i) => (
              <div key={i} className="row">
                <label className="field">
                  <span className="field-label">{t('tryit.period')}</span>
                  <input value={h.period} placeholder="2019" onChange={(e) => setHistory((l) => l.map((x, j) => (j === i ? { ...x, period: e.target.value } : x)))} />
                </label>
                <label className="field">
                  <span className="field-label">{t('tryit.level')}</span>
                  <select value={h.level ?? ''} onChange={(e) => setHistory((l) => l.map((x, j) => (j === i ? { ...x, level: e.target.value || null } : x)))}>
                    <option value="">{t('tryit.noLevel')}</option>
                    {rubric.levels.map((l) => (
                      <option key={l.id} value={l.id}>
                        {pick(l.label, i18n.language)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="danger" aria-label={t('common.removeItem', { label: h.period })} onClick={() => setHistory((l) => l.filter((_, j) => j !== i))}>
                  ✕
                </button>
              </div>
            ))}
            <button type="button" onClick={() => setHistory((l) => [...l, { period: String(new Date().getFullYear() - l.length - 1), level: rubric.levels[0]?.id ?? null }])}>
              ＋ {t('tryit.addPeriod')}
            </button>
          </fieldset>
        ) : null}
      </form>
      <section className="tryit-result" aria-live="polite" aria-label={t('tryit.result')}>
        {evaluation?.ok ? (
          <>
            <div className="scorecard">
              <div>
                <span className="label">{t('tryit.score')}</span>
                <strong data-testid="try-score">{evaluation.result.score}</strong>
              </div>
              <div>
                <span className="label">{t('tryit.level')}</span>
                <strong data-testid="try-level">{levelName(rubric, evaluation.result.level, i18n.language, none)}</strong>
              </div>
              <div>
                <span className="label">{t('tryit.bandLevel')}</span>
                <span>{levelName(rubric, evaluation.result.bandLevel, i18n.language, none)}</span>
              </div>
            </div>
            {evaluation.result.flags.length ? (
              <ul className="flags">
                {evaluation.result.flags.map((f, i) => (
                  <li key={i}>{pick(f.message, i18n.language)}</li>
                ))}
              </ul>
            ) : null}
            {evaluation.result.outcomes.length ? (
              <ul className="outcomes">
                {evaluation.result.outcomes.map((o) => (
                  <li key={o.id}>
                    {pick(o.label, i18n.language)}
                    {o.amount !== undefined ? ` ${o.amount} ${o.currency ?? ''}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
            <h3>{t('trace.title')}</h3>
            <TraceTable result={evaluation.result} rubric={rubric} />
          </>
        ) : evaluation ? (
          <ul className="subject-errors" data-testid="try-errors">
            {evaluation.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path}</code> {pick(e.message, i18n.language)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function FactInput({ fact, value, onChange }: { fact: FactDeclaration; value: unknown; onChange: (v: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const id = `try-${fact.id}`;
  const label = pick(fact.label, i18n.language);
  const unit = 'unit' in fact && fact.unit ? pick(fact.unit, i18n.language) : '';
  const hint = [fact.id, 'min' in fact && fact.min !== undefined ? `≥ ${fact.min}` : '', 'max' in fact && fact.max !== undefined ? `≤ ${fact.max}` : '', unit].filter(Boolean).join('  ');
  let input;
  switch (fact.type) {
    case 'number':
    case 'integer':
      input = (
        <input
          id={id}
          type="number"
          step={fact.step ?? (fact.type === 'integer' ? 1 : 'any')}
          min={fact.min}
          max={fact.max}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
      break;
    case 'boolean':
      input = <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
      break;
    case 'enum':
      input = (
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">—</option>
          {fact.options.map((o) => (
            <option key={o.id} value={o.id}>
              {pick(o.label, i18n.language)}
            </option>
          ))}
        </select>
      );
      break;
    case 'enumList': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      input = (
        <span id={id} role="group" aria-label={label}>
          {fact.options.map((o) => (
            <label key={o.id} className="chip">
              <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => onChange(chosen.includes(o.id) ? chosen.filter((x) => x !== o.id) : [...chosen, o.id])} />
              {pick(o.label, i18n.language)}
            </label>
          ))}
        </span>
      );
      break;
    }
    default:
      input = <input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <label className="field fact-input" htmlFor={id}>
      <span className="field-label">
        {label}
        {fact.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      {input}
      <span className="hint">{hint || t('tryit.noHint')}</span>
    </label>
  );
}
