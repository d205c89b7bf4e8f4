import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { freshId } from '../../app/options';
import { CheckField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Named {
  id?: string;
  label?: { zh?: string };
  text?: { zh?: string };
}

/** Identity of the rubric: id, version, title, source document, scale, categories, assumptions, raters. */
export function IdentityForm() {
  const { t, i18n } = useTranslation();
  return (
    <div className="form-panel">
      <h2>{t('identity.title')}</h2>
      <div className="row">
        <TextField path={['id']} label={t('identity.id')} hint={t('identity.idHint')} required />
        <TextField path={['version']} label={t('identity.version')} hint={t('identity.versionHint')} required />
      </div>
      <LocalisedField path={['title']} label={t('identity.name')} required />
      <LocalisedField path={['description']} label={t('identity.description')} multiline />
      <h3>{t('identity.source')}</h3>
      <LocalisedField path={['source', 'title']} label={t('identity.sourceTitle')} />
      <LocalisedField path={['source', 'issuer']} label={t('identity.issuer')} />
      <div className="row">
        <TextField path={['source', 'reference']} label={t('identity.reference')} placeholder="驿委(2012)38号" />
        <TextField path={['source', 'date']} label={t('identity.date')} placeholder="2017-03" />
      </div>
      <h3>{t('identity.scale')}</h3>
      <div className="row">
        <NumberField path={['scale', 'min']} label={t('identity.scaleMin')} required />
        <NumberField path={['scale', 'max']} label={t('identity.scaleMax')} required />
        <NumberField path={['scale', 'precision']} label={t('identity.precision')} hint={t('identity.precisionHint')} required />
        <SelectField
          path={['scale', 'rounding']}
          label={t('identity.rounding')}
          emptyLabel={t('identity.roundingDefault')}
          options={(['half-up', 'half-even', 'down', 'up'] as const).map((r) => ({ value: r, label: t(`rounding.${r}`) }))}
        />
        <CheckField path={['scale', 'clamp']} label={t('identity.clamp')} defaultValue />
      </div>
      <h3>{t('identity.categories')}</h3>
      <SortableList<Named>
        path={['categories']}
        itemName={t('identity.category')}
        create={(items) => ({ id: freshId('c', items), label: { zh: '' } })}
        title={(c) => pick(c.label, i18n.language) || c.id || ''}
      >
        {(_c, _i, p) => (
          <div className="row">
            <TextField path={[...p, 'id']} label={t('common.id')} required />
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
          </div>
        )}
      </SortableList>
      <h3>{t('identity.assumptions')}</h3>
      <p className="hint">{t('identity.assumptionsHint')}</p>
      <SortableList<Named>
        path={['assumptions']}
        itemName={t('identity.assumption')}
        create={(items) => ({ id: freshId('a', items), text: { zh: '' } })}
        title={(a) => pick(a.text, i18n.language) || a.id || ''}
      >
        {(_a, _i, p) => (
          <>
            <TextField path={[...p, 'id']} label={t('common.id')} required />
            <LocalisedField path={[...p, 'text']} label={t('identity.assumptionText')} required multiline />
            <TextField path={[...p, 'clause', 'ref']} label={t('prov.clause')} />
          </>
        )}
      </SortableList>
      <h3>{t('identity.sources')}</h3>
      <SortableList<Named>
        path={['sources']}
        itemName={t('identity.sourceItem')}
        create={(items) => ({ id: freshId('s', items), label: { zh: '' } })}
        title={(s) => pick(s.label, i18n.language) || s.id || ''}
      >
        {(_s, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            </div>
            <Provenance path={p} />
          </>
        )}
      </SortableList>
    </div>
  );
}
