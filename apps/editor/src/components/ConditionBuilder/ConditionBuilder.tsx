import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { useEdits, useEditor, useValue } from '../../app/EditorContext';
import { fieldId } from '../../app/fieldId';
import { useConditionNames, useDeclared } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { OPERATORS } from '@rubricate/core';

type Cond = Record<string, unknown>;
type Kind = 'all' | 'any' | 'not' | 'condition' | 'fact';

function kindOf(c: unknown): Kind {
  if (c && typeof c === 'object') {
    if ('all' in c) return 'all';
    if ('any' in c) return 'any';
    if ('not' in c) return 'not';
    if ('condition' in c) return 'condition';
  }
  return 'fact';
}

const LIST_OPERATORS = new Set(['in', 'notIn']);

/** Convert a condition to another kind, keeping what can be kept. */
function convert(c: unknown, to: Kind, firstFact: string): Cond {
  const from = kindOf(c);
  const leaf: Cond = { fact: firstFact, operator: 'equal', value: 0 };
  const inner: unknown = from === 'all' || from === 'any' ? ((c as Cond)[from] as unknown[])?.[0] : from === 'not' ? (c as Cond).not : c;
  switch (to) {
    case 'all':
    case 'any':
      if (from === 'all' || from === 'any') return { [to]: (c as Cond)[from] };
      return { [to]: [c ?? leaf] };
    case 'not':
      return { not: c ?? leaf };
    case 'condition':
      return { condition: '' };
    case 'fact':
      return kindOf(inner) === 'fact' && inner ? (inner as Cond) : leaf;
  }
}

export interface ConditionBuilderProps {
  /** Where the condition is in the document (e.g. gates.0.when). */
  path: JsonPath;
  label: string;
  /** Offer to remove the whole condition (optional conditions, such as outcome `when`). */
  optional?: boolean;
}

/**
 * Builds a json-rules-engine condition visually: groups (all of / any of / not), references to
 * shared conditions, and fact tests (fact, operator, value). Nested to any depth.
 */
export function ConditionBuilder({ path, label, optional }: ConditionBuilderProps) {
  const { t, i18n } = useTranslation();
  const value = useValue(path);
  const facts = useDeclared('facts');
  const { set } = useEdits();
  if (value === undefined) {
    return (
      <fieldset className="condition" data-path={path.join('.')}>
        <legend>{label}</legend>
        <button type="button" onClick={() => set(path, { all: [{ fact: facts[0]?.value ?? '', operator: 'equal', value: true }] }, false)}>
          ＋ {t('cond.addCondition')}
        </button>
      </fieldset>
    );
  }
  return (
    <fieldset className="condition" data-path={path.join('.')}>
      <legend>{label}</legend>
      <ConditionNode path={path} depth={0} onRemove={optional ? () => set(path, undefined, false) : undefined} />
    </fieldset>
  );
}

function ConditionNode({ path, depth, onRemove }: { path: JsonPath; depth: number; onRemove?: () => void }) {
  const { t, i18n } = useTranslation();
  const value = useValue<Cond>(path);
  const facts = useDeclared('facts');
  const { set, insert, remove } = useEdits();
  const kind = kindOf(value);
  const kindId = fieldId([...path, '$kind']);
  const firstFact = facts[0]?.value ?? '';
  return (
    <div className={`cond-node cond-${kind}`} role="group" aria-label={t(`cond.kind.${kind}`)} style={{ marginLeft: depth ? 12 : 0 }}>
      <div className="row">
        <label className="field" htmlFor={kindId}>
          <span className="visually-hidden">{t('cond.kindLabel')}</span>
          <select id={kindId} value={kind} onChange={(e) => set(path, convert(value, e.target.value as Kind, firstFact), false)}>
            {(['all', 'any', 'not', 'fact', 'condition'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`cond.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'fact' ? <LeafEditor path={path} /> : null}
        {kind === 'condition' ? <RefEditor path={path} /> : null}
        {onRemove ? (
          <button type="button" className="danger" aria-label={t('cond.remove')} onClick={onRemove}>
            ✕
          </button>
        ) : null}
      </div>
      {kind === 'all' || kind === 'any' ? (
        <div className="cond-children">
          {((value?.[kind] as unknown[]) ?? []).map((_, i) => (
            <ConditionNode key={i} path={[...path, kind, i]} depth={depth + 1} onRemove={() => remove([...path, kind], i)} />
          ))}
          <div className="row">
            <button type="button" onClick={() => insert([...path, kind], { fact: firstFact, operator: 'equal', value: 0 })}>
              ＋ {t('cond.addTest')}
            </button>
            <button type="button" onClick={() => insert([...path, kind], { any: [{ fact: firstFact, operator: 'equal', value: 0 }] })}>
              ＋ {t('cond.addGroup')}
            </button>
          </div>
        </div>
      ) : null}
      {kind === 'not' ? (
        <div className="cond-children">
          <ConditionNode path={[...path, 'not']} depth={depth + 1} />
        </div>
      ) : null}
    </div>
  );
}

function RefEditor({ path }: { path: JsonPath }) {
  const { t, i18n } = useTranslation();
  const names = useConditionNames();
  const value = useValue<string>([...path, 'condition']);
  const { set } = useEdits();
  const id = fieldId([...path, 'condition']);
  return (
    <label className="field" htmlFor={id}>
      <span className="visually-hidden">{t('cond.sharedName')}</span>
      <select id={id} data-path={[...path, 'condition'].join('.')} value={value ?? ''} onChange={(e) => set([...path, 'condition'], e.target.value, false)}>
        <option value="">{t('cond.pickShared')}</option>
        {names.map((n) => (
          <option key={n.value} value={n.value}>
            {n.label}
          </option>
        ))}
      </select>
    </label>
  );
}

interface FactDecl {
  id: string;
  type?: string;
  options?: { id: string; label?: { zh?: string; en?: string } }[];
}

function LeafEditor({ path }: { path: JsonPath }) {
  const { t, i18n } = useTranslation();
  const leaf = useValue<Cond>(path) ?? {};
  const facts = useDeclared('facts');
  const decls = useEditor((s) => (s.doc as { facts?: FactDecl[] } | null)?.facts);
  const { set } = useEdits();
  const decl = Array.isArray(decls) ? decls.find((f) => f?.id === leaf.fact) : undefined;
  const operator = typeof leaf.operator === 'string' ? leaf.operator : 'equal';
  const factId = fieldId([...path, 'fact']);
  const opId = fieldId([...path, 'operator']);
  const valueId = fieldId([...path, 'value']);
  const valuePath = [...path, 'value'];
  const v = leaf.value;
  const isList = LIST_OPERATORS.has(operator);
  const setValue = (raw: unknown) => set(valuePath, raw);

  let valueInput;
  if (decl?.type === 'boolean' && !isList) {
    valueInput = (
      <select id={valueId} data-path={valuePath.join('.')} value={String(v)} onChange={(e) => setValue(e.target.value === 'true')}>
        <option value="true">{t('common.yes')}</option>
        <option value="false">{t('common.no')}</option>
      </select>
    );
  } else if ((decl?.type === 'enum' || decl?.type === 'enumList') && !isList) {
    valueInput = (
      <select id={valueId} data-path={valuePath.join('.')} value={typeof v === 'string' ? v : ''} onChange={(e) => setValue(e.target.value)}>
        <option value="">—</option>
        {(decl.options ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {(i18n.language === 'en' ? o.label?.en : pick(o.label, i18n.language)) ?? o.id}
          </option>
        ))}
      </select>
    );
  } else {
    const numeric = decl?.type === 'number' || decl?.type === 'integer';
    const shown = Array.isArray(v) ? v.join(', ') : v === undefined || v === null || typeof v === 'object' ? '' : String(v);
    valueInput = (
      <input
        id={valueId}
        data-path={valuePath.join('.')}
        type="text"
        inputMode={numeric && !isList ? 'decimal' : undefined}
        value={shown}
        placeholder={isList ? t('cond.listPlaceholder') : ''}
        onChange={(e) => {
          const raw = e.target.value;
          const conv = (s: string): unknown => (numeric && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s.trim());
          setValue(isList ? raw.split(/[,，]/).map(conv).filter((x) => x !== '') : conv(raw));
        }}
      />
    );
  }
  return (
    <>
      <label className="field" htmlFor={factId}>
        <span className="visually-hidden">{t('cond.fact')}</span>
        <select id={factId} data-path={[...path, 'fact'].join('.')} value={typeof leaf.fact === 'string' ? leaf.fact : ''} onChange={(e) => set([...path, 'fact'], e.target.value, false)}>
          <option value="">{t('cond.pickFact')}</option>
          {facts.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={opId}>
        <span className="visually-hidden">{t('cond.operator')}</span>
        <select id={opId} data-path={[...path, 'operator'].join('.')} value={operator} onChange={(e) => set([...path, 'operator'], e.target.value, false)}>
          {OPERATORS.map((op) => (
            <option key={op} value={op}>
              {t(`op.${op}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={valueId}>
        <span className="visually-hidden">{t('cond.value')}</span>
        {valueInput}
      </label>
    </>
  );
}
