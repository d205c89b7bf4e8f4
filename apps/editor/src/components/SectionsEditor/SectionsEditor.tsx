import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { freshId, useDeclared } from '../../app/options';
import { IdListField, LocalisedField, NumberField, TextField } from '../Fields/Fields';
import { PointsRuleEditor } from '../PointsRuleEditor/PointsRuleEditor';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Indicator {
  id?: string;
  label?: { zh?: string };
  max?: number;
}
interface Section {
  id?: string;
  label?: { zh?: string };
  indicators?: Indicator[];
}

function sum(list: Indicator[] | undefined): number {
  // display only; exact sums are the core's business
  return Math.round((list ?? []).reduce((s, i) => s + (typeof i.max === 'number' ? i.max : 0), 0) * 1000) / 1000;
}

/** Sections and their indicators, each reorderable by drag or keyboard. */
export function SectionsEditor() {
  const { t, i18n } = useTranslation();
  const categories = useDeclared('categories');
  return (
    <div className="form-panel">
      <h2>{t('sections.title')}</h2>
      <p className="hint">{t('sections.hint')}</p>
      <SortableList<Section>
        path={['sections']}
        itemName={t('sections.item')}
        create={(items) => ({ id: freshId('s', items), label: { zh: '' }, indicators: [] })}
        title={(s) => `${pick(s.label, i18n.language) || s.id || ''}（${t('sections.total', { n: sum(s.indicators) })}）`}
      >
        {(section, si, sp) => (
          <>
            <div className="row">
              <TextField path={[...sp, 'id']} label={t('common.id')} required />
              <LocalisedField path={[...sp, 'label']} label={t('common.label')} required />
            </div>
            <Provenance path={sp} />
            <h4>{t('sections.indicators')}</h4>
            <SortableList<Indicator>
              path={[...sp, 'indicators']}
              itemName={t('sections.indicator')}
              create={(items) => ({
                id: freshId(`${section.id ?? `s${si + 1}`}-i`, items),
                label: { zh: '' },
                max: 10,
                points: { kind: 'direct', fact: '' },
              })}
              title={(ind) => `${pick(ind.label, i18n.language) || ind.id || ''}（${t('sections.max', { n: ind.max ?? '' })}）`}
            >
              {(_ind, _ii, ip) => (
                <>
                  <div className="row">
                    <TextField path={[...ip, 'id']} label={t('common.id')} required />
                    <NumberField path={[...ip, 'max']} label={t('sections.maxPoints')} required />
                  </div>
                  <LocalisedField path={[...ip, 'label']} label={t('common.label')} required />
                  <LocalisedField path={[...ip, 'description']} label={t('common.description')} multiline />
                  <PointsRuleEditor path={[...ip, 'points']} />
                  {categories.length > 0 ? <IdListField path={[...ip, 'categories']} label={t('common.categories')} options={categories} /> : null}
                  <Provenance path={ip} />
                </>
              )}
            </SortableList>
          </>
        )}
      </SortableList>
    </div>
  );
}
