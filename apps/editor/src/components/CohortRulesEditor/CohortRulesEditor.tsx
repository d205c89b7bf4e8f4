import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { freshId, useDeclared } from '../../app/options';
import { CheckField, IdListField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Named {
  id?: string;
  label?: { zh?: string };
  kind?: string;
  percent?: number;
  direction?: string;
}

/** Cohort-wide quotas over levels (at most, at least, target) and bottom/top ranks. */
export function CohortRulesEditor() {
  const { t, i18n } = useTranslation();
  const levels = useDeclared('levels');
  const facts = useDeclared('facts');
  const categories = useDeclared('categories');
  return (
    <div className="form-panel">
      <h2>{t('quotas.title')}</h2>
      <p className="hint">{t('quotas.hint')}</p>
      <SortableList<Named>
        path={['quotas']}
        itemName={t('quotas.item')}
        create={(items) => ({ id: freshId('q', items), label: { zh: '' }, levels: levels[0] ? [levels[0].value] : [], kind: 'atMost', percent: 10 })}
        title={(q) => `${pick(q.label, i18n.language) || q.id || ''}（${q.kind ? t(`quotas.kinds.${q.kind}`) : ''} ${q.percent ?? ''}%）`}
      >
        {(q, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <SelectField path={[...p, 'kind']} label={t('quotas.kind')} options={(['atMost', 'atLeast', 'target'] as const).map((k) => ({ value: k, label: t(`quotas.kinds.${k}`) }))} />
              <NumberField path={[...p, 'percent']} label={t('quotas.percent')} required />
              {q.kind === 'target' ? <NumberField path={[...p, 'tolerance']} label={t('quotas.tolerance')} /> : null}
              <CheckField path={[...p, 'perCategory']} label={t('quotas.perCategory')} />
            </div>
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            <IdListField path={[...p, 'levels']} label={t('quotas.levels')} options={levels} />
            <h4>{t('quotas.tieBreak')}</h4>
            <SortableList<{ fact?: string }> path={[...p, 'tieBreak']} itemName={t('quotas.tieBreakItem')} create={() => ({ fact: facts[0]?.value ?? '', order: 'desc' })} title={(tb) => tb.fact ?? ''}>
              {(_tb, _j, tp) => (
                <div className="row">
                  <SelectField path={[...tp, 'fact']} label={t('points.fact')} options={facts} />
                  <SelectField path={[...tp, 'order']} label={t('quotas.order')} options={[{ value: 'desc', label: t('quotas.desc') }, { value: 'asc', label: t('quotas.asc') }]} />
                </div>
              )}
            </SortableList>
            <Provenance path={p} />
          </>
        )}
      </SortableList>
      <h2>{t('ranks.title')}</h2>
      <p className="hint">{t('ranks.hint')}</p>
      <SortableList<Named>
        path={['ranks']}
        itemName={t('ranks.item')}
        create={(items) => ({ id: freshId('rank', items), label: { zh: '' }, direction: 'bottom', percent: 10 })}
        title={(r) => `${pick(r.label, i18n.language) || r.id || ''}（${r.direction ? t(`ranks.${r.direction}`) : ''} ${r.percent ?? ''}%）`}
      >
        {(_r, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <SelectField path={[...p, 'direction']} label={t('ranks.direction')} options={[{ value: 'bottom', label: t('ranks.bottom') }, { value: 'top', label: t('ranks.top') }]} />
              <NumberField path={[...p, 'percent']} label={t('quotas.percent')} required />
              <SelectField
                path={[...p, 'rounding']}
                label={t('ranks.rounding')}
                emptyLabel={t('ranks.roundingDefault')}
                options={(['floor', 'ceil', 'round'] as const).map((r) => ({ value: r, label: t(`ranks.roundings.${r}`) }))}
              />
            </div>
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            {categories.length > 0 ? <IdListField path={[...p, 'categories']} label={t('common.categories')} options={categories} /> : null}
            <Provenance path={p} />
          </>
        )}
      </SortableList>
    </div>
  );
}
