import { useTranslation } from 'react-i18next';
import { useEdits, useValue } from '../../app/EditorContext';
import { fieldId } from '../../app/fieldId';
import type { JsonPath } from '../../state/paths';

interface BaseProps {
  path: JsonPath;
  label: string;
  /** Shown under the field for people, and read by screen readers. */
  hint?: string;
  required?: boolean;
  className?: string;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span className="hint" id={`${id}-hint`}>
      {hint}
    </span>
  ) : null;
}

/** A text field bound to the document; empty optional text removes the key. */
export function TextField({ path, label, hint, required, className, placeholder }: BaseProps & { placeholder?: string }) {
  const value = useValue<string>(path);
  const { set } = useEdits();
  const id = fieldId(path);
  return (
    <label className={`field ${className ?? ''}`} htmlFor={id}>
      <span className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        id={id}
        data-path={path.join('.')}
        type="text"
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        aria-required={required || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => set(path, e.target.value === '' && !required ? undefined : e.target.value)}
      />
      <Hint id={id} hint={hint} />
    </label>
  );
}

/** A number field; clearing it removes an optional value. */
export function NumberField({ path, label, hint, required, className, step }: BaseProps & { step?: number | 'any' }) {
  const value = useValue<number>(path);
  const { set } = useEdits();
  const id = fieldId(path);
  return (
    <label className={`field field-number ${className ?? ''}`} htmlFor={id}>
      <span className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </span>
      <input
        id={id}
        data-path={path.join('.')}
        type="number"
        inputMode="decimal"
        step={step ?? 'any'}
        value={typeof value === 'number' ? value : ''}
        aria-required={required || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const raw = e.target.value;
          if (raw === '') set(path, undefined);
          else if (Number.isFinite(Number(raw))) set(path, Number(raw));
        }}
      />
      <Hint id={id} hint={hint} />
    </label>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A choice among options; `emptyLabel` offers "not set", which removes the key. */
export function SelectField({ path, label, hint, options, emptyLabel, className, onChange }: BaseProps & { options: Option[]; emptyLabel?: string; onChange?: (value: string) => void }) {
  const value = useValue<string | boolean>(path);
  const { set } = useEdits();
  const id = fieldId(path);
  return (
    <label className={`field ${className ?? ''}`} htmlFor={id}>
      <span className="field-label">{label}</span>
      <select
        id={id}
        data-path={path.join('.')}
        value={value === undefined || value === null ? '' : String(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => (onChange ? onChange(e.target.value) : set(path, e.target.value === '' ? undefined : e.target.value, false))}
      >
        {emptyLabel !== undefined || value === undefined ? <option value="">{emptyLabel ?? '—'}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={id} hint={hint} />
    </label>
  );
}

/**
 * A yes/no field. The key is written only when it differs from `defaultValue` (the value the core
 * assumes when the key is absent), so the JSON stays as short as the author meant it.
 */
export function CheckField({ path, label, hint, className, defaultValue = false }: BaseProps & { defaultValue?: boolean }) {
  const value = useValue<boolean>(path) ?? defaultValue;
  const { set } = useEdits();
  const id = fieldId(path);
  return (
    <label className={`field field-check ${className ?? ''}`} htmlFor={id}>
      <input
        id={id}
        data-path={path.join('.')}
        type="checkbox"
        checked={value === true}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => set(path, e.target.checked === defaultValue ? undefined : e.target.checked, false)}
      />
      <span className="field-label">{label}</span>
      <Hint id={id} hint={hint} />
    </label>
  );
}

/** Chinese and English side by side for a `{ zh, en }` text. */
export function LocalisedField({ path, label, required, multiline }: BaseProps & { multiline?: boolean }) {
  const { t } = useTranslation();
  const value = useValue<{ zh?: string; en?: string }>(path);
  const { set } = useEdits();
  const update = (lang: 'zh' | 'en', text: string) => {
    const next = { ...(value ?? {}), [lang]: text === '' ? undefined : text };
    if (next.en === undefined) delete next.en;
    if (next.zh === undefined) delete next.zh;
    set(path, Object.keys(next).length === 0 && !required ? undefined : next);
  };
  return (
    <fieldset className="field localised" data-path={path.join('.')}>
      <legend className="field-label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {(['zh', 'en'] as const).map((lang) => {
        const id = fieldId([...path, lang]);
        const props = {
          id,
          'data-path': [...path, lang].join('.'),
          value: value?.[lang] ?? '',
          'aria-label': `${label}（${t(`lang.${lang}`)}）`,
          lang: lang === 'zh' ? 'zh-CN' : 'en',
          placeholder: t(`lang.${lang}`),
          onChange: (e: { target: { value: string } }) => update(lang, e.target.value),
        };
        return (
          <span key={lang} className="localised-half">
            <span className="lang-tag" aria-hidden="true">
              {lang === 'zh' ? '中' : 'EN'}
            </span>
            {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
          </span>
        );
      })}
    </fieldset>
  );
}

/** A list of ids chosen from known ones (levels, categories), as toggle chips. */
export function IdListField({ path, label, options }: BaseProps & { options: Option[] }) {
  const value = useValue<string[]>(path);
  const { set } = useEdits();
  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset className="field id-list" data-path={path.join('.')}>
      <legend className="field-label">{label}</legend>
      {options.length === 0 ? <span className="hint">—</span> : null}
      {options.map((o) => {
        const on = chosen.includes(o.value);
        return (
          <label key={o.value} className={`chip ${on ? 'chip-on' : ''}`}>
            <input
              type="checkbox"
              checked={on}
              onChange={() => {
                const next = on ? chosen.filter((v) => v !== o.value) : [...chosen, o.value];
                set(path, next.length === 0 ? undefined : next, false);
              }}
            />
            {o.label}
          </label>
        );
      })}
    </fieldset>
  );
}
