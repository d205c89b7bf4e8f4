import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { useEdits } from '../../app/EditorContext';
import { freshId } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { CheckField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { SortableList } from '../SortableList/SortableList';

interface Fact {
  id?: string;
  type?: string;
  label?: { zh?: string };
  options?: unknown[];
}

const TYPES = ['number', 'integer', 'boolean', 'enum', 'enumList', 'string'] as const;

/** The facts every subject gives: their type, label, range, step and options. */
export function FactsEditor() {
  const { t, i18n } = useTranslation();
  return (
    <div className="form-panel">
      <h2>{t('facts.title')}</h2>
      <p className="hint">{t('facts.hint')}</p>
      <SortableList<Fact>
        path={['facts']}
        itemName={t('facts.item')}
        create={(items) => ({ id: freshId('f', items), type: 'integer', label: { zh: '' }, min: 0 })}
        title={(f) => `${pick(f.label, i18n.language) || ''}（${f.id ?? ''} · ${f.type ? t(`factType.${f.type}`) : ''}）`}
      >
        {(fact, _i, p) => <FactFields fact={fact} path={p} />}
      </SortableList>
    </div>
  );
}

function FactFields({ fact, path }: { fact: Fact; path: JsonPath }) {
  const { t, i18n } = useTranslation();
  const { set } = useEdits();
  const numeric = fact.type === 'number' || fact.type === 'integer';
  const withOptions = fact.type === 'enum' || fact.type === 'enumList';
  return (
    <>
      <div className="row">
        <TextField path={[...path, 'id']} label={t('common.id')} required />
        <SelectField
          path={[...path, 'type']}
          label={t('facts.type')}
          options={TYPES.map((ty) => ({ value: ty, label: t(`factType.${ty}`) }))}
          onChange={(ty) => {
            // keep only the fields the new type allows, so the fact stays valid
            const keep: Record<string, unknown> = { id: fact.id, type: ty, label: fact.label };
            if (ty === 'enum' || ty === 'enumList') keep.options = fact.options ?? [{ id: 'a', label: { zh: '' } }];
            set(path, keep, false);
          }}
        />
        <CheckField path={[...path, 'required']} label={t('facts.required')} />
      </div>
      <LocalisedField path={[...path, 'label']} label={t('common.label')} required />
      {numeric ? (
        <div className="row">
          <NumberField path={[...path, 'min']} label={t('facts.min')} />
          <NumberField path={[...path, 'max']} label={t('facts.max')} />
          <NumberField path={[...path, 'step']} label={t('facts.step')} />
          <NumberField path={[...path, 'default']} label={t('facts.default')} />
        </div>
      ) : null}
      {fact.type === 'boolean' ? (
        <SelectField
          path={[...path, 'default']}
          label={t('facts.default')}
          emptyLabel={t('facts.noDefault')}
          options={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
          onChange={(v) => set([...path, 'default'], v === '' ? undefined : v === 'true', false)}
        />
      ) : null}
      {withOptions ? (
        <SortableList<{ id?: string; label?: { zh?: string } }>
          path={[...path, 'options']}
          itemName={t('facts.option')}
          create={(items) => ({ id: freshId('o', items), label: { zh: '' } })}
          title={(o) => pick(o.label, i18n.language) || o.id || ''}
        >
          {(_o, _j, op) => (
            <div className="row">
              <TextField path={[...op, 'id']} label={t('common.id')} required />
              <LocalisedField path={[...op, 'label']} label={t('common.label')} required />
            </div>
          )}
        </SortableList>
      ) : null}
    </>
  );
}
