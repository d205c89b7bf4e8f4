import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { useEdits, useEditor } from '../../app/EditorContext';
import { freshId, useDeclared } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { ConditionBuilder } from '../ConditionBuilder/ConditionBuilder';
import { IdListField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Adjustment {
  id?: string;
  kind?: string;
  label?: { zh?: string };
  fact?: string;
  points?: number;
  tiers?: Record<string, number>;
}

/** Bonuses and deductions (per count, tiered, fixed when a condition holds) and their group caps. */
export function AdjustmentsEditor() {
  const { t, i18n } = useTranslation();
  return (
    <div className="form-panel">
      <h2>{t('adjustments.title')}</h2>
      <p className="hint">{t('adjustments.hint')}</p>
      <SortableList<Adjustment>
        path={['adjustments']}
        itemName={t('adjustments.item')}
        create={(items) => ({ id: freshId('adj', items), kind: 'perCount', label: { zh: '' }, fact: '', points: -1 })}
        title={(a) => `${pick(a.label, i18n.language) || a.id || ''}（${a.kind ? t(`adjustments.kinds.${a.kind}`) : ''}）`}
      >
        {(adj, _i, p) => <AdjustmentFields adj={adj} path={p} />}
      </SortableList>
      <h3>{t('adjustments.groups')}</h3>
      <p className="hint">{t('adjustments.groupsHint')}</p>
      <SortableList<{ id?: string; label?: { zh?: string } }>
        path={['adjustmentGroups']}
        itemName={t('adjustments.group')}
        create={(items) => ({ id: freshId('g', items), label: { zh: '' } })}
        title={(g) => pick(g.label, i18n.language) || g.id || ''}
      >
        {(_g, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <NumberField path={[...p, 'min']} label={t('adjustments.groupMin')} />
              <NumberField path={[...p, 'max']} label={t('adjustments.groupMax')} />
            </div>
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            <Provenance path={p} />
          </>
        )}
      </SortableList>
    </div>
  );
}

function AdjustmentFields({ adj, path }: { adj: Adjustment; path: JsonPath }) {
  const { t, i18n } = useTranslation();
  const { set } = useEdits();
  const facts = useDeclared('facts');
  const groups = useDeclared('adjustmentGroups');
  const categories = useDeclared('categories');
  const factDecl = useEditor((s) => (s.doc as { facts?: { id?: string; options?: { id: string }[] }[] } | null)?.facts?.find((f) => f?.id === adj.fact));
  const base = { id: adj.id, label: adj.label };
  return (
    <>
      <div className="row">
        <TextField path={[...path, 'id']} label={t('common.id')} required />
        <SelectField
          path={[...path, 'kind']}
          label={t('adjustments.kind')}
          options={(['perCount', 'tiered', 'fixed'] as const).map((k) => ({ value: k, label: t(`adjustments.kinds.${k}`) }))}
          onChange={(k) => {
            const next: Record<string, Record<string, unknown>> = {
              perCount: { ...base, kind: 'perCount', fact: adj.fact ?? '', points: -1 },
              tiered: { ...base, kind: 'tiered', fact: adj.fact ?? '', tiers: {}, pick: 'highest' },
              fixed: { ...base, kind: 'fixed', when: { all: [{ fact: facts[0]?.value ?? '', operator: 'equal', value: true }] }, points: -1 },
            };
            set(path, next[k], false);
          }}
        />
        <SelectField path={[...path, 'group']} label={t('adjustments.groupOf')} options={groups} emptyLabel={t('common.none')} />
      </div>
      <LocalisedField path={[...path, 'label']} label={t('common.label')} required />
      {adj.kind === 'perCount' ? (
        <div className="row">
          <SelectField path={[...path, 'fact']} label={t('adjustments.countFact')} options={facts} />
          <NumberField path={[...path, 'points']} label={t('adjustments.perPoints')} hint={t('adjustments.signHint')} required />
          <NumberField path={[...path, 'cap']} label={t('adjustments.cap')} />
        </div>
      ) : null}
      {adj.kind === 'tiered' ? (
        <>
          <div className="row">
            <SelectField path={[...path, 'fact']} label={t('adjustments.tierFact')} options={facts} />
            <SelectField
              path={[...path, 'pick']}
              label={t('adjustments.pick')}
              options={[
                { value: 'highest', label: t('adjustments.pickHighest') },
                { value: 'sum', label: t('adjustments.pickSum') },
              ]}
            />
            <NumberField path={[...path, 'cap']} label={t('adjustments.cap')} />
          </div>
          <fieldset className="tiers" data-path={[...path, 'tiers'].join('.')}>
            <legend>{t('adjustments.tiers')}</legend>
            {(factDecl?.options ?? []).map((o) => (
              <NumberField key={o.id} path={[...path, 'tiers', o.id]} label={o.id} />
            ))}
            {(factDecl?.options ?? []).length === 0 ? <p className="hint">{t('adjustments.tiersHint')}</p> : null}
          </fieldset>
        </>
      ) : null}
      {adj.kind === 'fixed' ? (
        <>
          <NumberField path={[...path, 'points']} label={t('adjustments.fixedPoints')} hint={t('adjustments.signHint')} required />
          <ConditionBuilder path={[...path, 'when']} label={t('adjustments.when')} />
        </>
      ) : null}
      {categories.length > 0 ? <IdListField path={[...path, 'categories']} label={t('common.categories')} options={categories} /> : null}
      <Provenance path={path} />
    </>
  );
}
