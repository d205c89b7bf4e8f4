import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { useEdits, useValue } from '../../app/EditorContext';
import { freshId, useDeclared } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { ConditionBuilder } from '../ConditionBuilder/ConditionBuilder';
import { CheckField, IdListField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Gate {
  id?: string;
  label?: { zh?: string };
  soft?: boolean;
  effect?: { kind?: string };
}

/** Gates acting on the level (cap, demote, veto; soft or hard), review flags and shared conditions. */
export function GatesEditor() {
  const { t, i18n } = useTranslation();
  return (
    <div className="form-panel">
      <h2>{t('gates.title')}</h2>
      <p className="hint">{t('gates.hint')}</p>
      <SortableList<Gate>
        path={['gates']}
        itemName={t('gates.item')}
        create={(items) => ({ id: freshId('gate', items), label: { zh: '' }, when: { all: [{ fact: '', operator: 'equal', value: true }] }, effect: { kind: 'demote', by: 1 } })}
        title={(g) => `${pick(g.label, i18n.language) || g.id || ''}（${g.effect?.kind ? t(`gates.effects.${g.effect.kind}`) : ''}${g.soft ? ` · ${t('gates.softShort')}` : ''}）`}
      >
        {(_g, _i, p) => <GateFields path={p} />}
      </SortableList>
      <h3>{t('gates.flags')}</h3>
      <p className="hint">{t('gates.flagsHint')}</p>
      <SortableList<{ id?: string; label?: { zh?: string } }>
        path={['flags']}
        itemName={t('gates.flag')}
        create={(items) => ({ id: freshId('flag', items), label: { zh: '' }, when: { all: [{ fact: '', operator: 'equal', value: true }] } })}
        title={(f) => pick(f.label, i18n.language) || f.id || ''}
      >
        {(_f, _i, p) => (
          <>
            <TextField path={[...p, 'id']} label={t('common.id')} required />
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            <ConditionBuilder path={[...p, 'when']} label={t('gates.when')} />
            <Provenance path={p} />
          </>
        )}
      </SortableList>
      <SharedConditions />
    </div>
  );
}

function GateFields({ path }: { path: JsonPath }) {
  const { t, i18n } = useTranslation();
  const { set } = useEdits();
  const effect = useValue<{ kind?: string }>([...path, 'effect']);
  const levels = useDeclared('levels');
  const categories = useDeclared('categories');
  return (
    <>
      <div className="row">
        <TextField path={[...path, 'id']} label={t('common.id')} required />
        <SelectField
          path={[...path, 'effect', 'kind']}
          label={t('gates.effect')}
          options={(['cap', 'demote', 'veto'] as const).map((k) => ({ value: k, label: t(`gates.effects.${k}`) }))}
          onChange={(k) =>
            set([...path, 'effect'], k === 'cap' ? { kind: 'cap', level: levels[0]?.value ?? '' } : k === 'demote' ? { kind: 'demote', by: 1 } : { kind: 'veto' }, false)
          }
        />
        {effect?.kind === 'cap' ? <SelectField path={[...path, 'effect', 'level']} label={t('gates.capLevel')} options={levels} /> : null}
        {effect?.kind === 'demote' ? <NumberField path={[...path, 'effect', 'by']} label={t('gates.demoteBy')} step={1} /> : null}
        {effect?.kind === 'veto' ? <SelectField path={[...path, 'effect', 'level']} label={t('gates.vetoLevel')} options={levels} emptyLabel={t('gates.noLevel')} /> : null}
        <CheckField path={[...path, 'soft']} label={t('gates.soft')} hint={t('gates.softHint')} />
      </div>
      <LocalisedField path={[...path, 'label']} label={t('common.label')} required />
      <ConditionBuilder path={[...path, 'when']} label={t('gates.when')} />
      {categories.length > 0 ? <IdListField path={[...path, 'categories']} label={t('common.categories')} options={categories} /> : null}
      <Provenance path={path} />
    </>
  );
}

/** Named conditions used by several rules, referenced as { "condition": name }. */
function SharedConditions() {
  const { t, i18n } = useTranslation();
  const conditions = useValue<Record<string, unknown>>(['conditions']);
  const { set } = useEdits();
  const [name, setName] = useState('');
  const names = conditions && typeof conditions === 'object' ? Object.keys(conditions) : [];
  const valid = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name) && !names.includes(name);
  return (
    <section aria-labelledby="shared-conditions">
      <h3 id="shared-conditions">{t('gates.shared')}</h3>
      <p className="hint">{t('gates.sharedHint')}</p>
      {names.map((n) => (
        <div key={n} className="shared-condition">
          <ConditionBuilder path={['conditions', n]} label={n} />
          <button
            type="button"
            className="danger"
            onClick={() => {
              const next = { ...conditions };
              delete next[n];
              set(['conditions'], Object.keys(next).length ? next : undefined, false);
            }}
          >
            {t('common.removeItem', { label: n })}
          </button>
        </div>
      ))}
      <div className="row">
        <label className="field">
          <span className="field-label">{t('gates.sharedName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="lowSatisfaction" />
        </label>
        <button type="button" disabled={!valid} onClick={() => (set(['conditions', name], { all: [{ fact: '', operator: 'equal', value: true }] }, false), setName(''))}>
          ＋ {t('gates.addShared')}
        </button>
      </div>
    </section>
  );
}
