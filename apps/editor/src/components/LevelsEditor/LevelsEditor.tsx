import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { useEditor } from '../../app/EditorContext';
import { freshId, useDeclared } from '../../app/options';
import { LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { LevelRuler, type RulerLevel } from '../LevelRuler/LevelRuler';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Crosswalk {
  id?: string;
  label?: { zh?: string };
  levels?: { id: string; label?: { zh?: string } }[];
}

/** Levels best first, each with a half-open score band, drawn on the ruler; and crosswalks. */
export function LevelsEditor() {
  const { t, i18n } = useTranslation();
  const levels = useEditor((s) => (s.doc as { levels?: RulerLevel[] } | null)?.levels);
  const scale = useEditor((s) => (s.doc as { scale?: { min?: number; max?: number } } | null)?.scale);
  const levelOptions = useDeclared('levels');
  const list = Array.isArray(levels) ? levels.filter((l) => l && typeof l.id === 'string') : [];
  return (
    <div className="form-panel">
      <h2>{t('levels.title')}</h2>
      <p className="hint">{t('levels.hint')}</p>
      <LevelRuler levels={list} min={typeof scale?.min === 'number' ? scale.min : 0} max={typeof scale?.max === 'number' ? scale.max : 100} />
      <SortableList<RulerLevel>
        path={['levels']}
        itemName={t('levels.item')}
        create={(items) => ({ id: freshId('l', items), label: { zh: '' }, band: {} })}
        title={(l) => `${pick(l.label, i18n.language) || l.id || ''}${l.band ? ` [${l.band.min ?? '−∞'}, ${l.band.max ?? '+∞'})` : ''}`}
      >
        {(_l, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <NumberField path={[...p, 'band', 'min']} label={t('levels.min')} hint={t('levels.minHint')} />
              <NumberField path={[...p, 'band', 'max']} label={t('levels.max')} hint={t('levels.maxHint')} />
              <TextField path={[...p, 'color']} label={t('levels.color')} placeholder="#d4380d" />
            </div>
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            <Provenance path={p} />
          </>
        )}
      </SortableList>
      <h3>{t('levels.crosswalks')}</h3>
      <p className="hint">{t('levels.crosswalksHint')}</p>
      <SortableList<Crosswalk>
        path={['crosswalks']}
        itemName={t('levels.crosswalk')}
        create={(items) => ({ id: freshId('x', items), label: { zh: '' }, levels: [{ id: 'x1', label: { zh: '' } }], map: {} })}
        title={(c) => pick(c.label, i18n.language) || c.id || ''}
      >
        {(cw, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            </div>
            <SortableList<{ id?: string; label?: { zh?: string } }>
              path={[...p, 'levels']}
              itemName={t('levels.targetLevel')}
              create={(items) => ({ id: freshId('x', items), label: { zh: '' } })}
              title={(l) => pick(l.label, i18n.language) || l.id || ''}
            >
              {(_tl, _j, tp) => (
                <div className="row">
                  <TextField path={[...tp, 'id']} label={t('common.id')} required />
                  <LocalisedField path={[...tp, 'label']} label={t('common.label')} required />
                </div>
              )}
            </SortableList>
            <fieldset data-path={[...p, 'map'].join('.')}>
              <legend>{t('levels.map')}</legend>
              <div className="row">
                {levelOptions.map((lo) => (
                  <SelectField
                    key={lo.value}
                    path={[...p, 'map', lo.value]}
                    label={lo.label}
                    emptyLabel="—"
                    options={(cw.levels ?? []).filter((x) => x?.id).map((x) => ({ value: x.id, label: pick(x.label, i18n.language) || x.id }))}
                  />
                ))}
              </div>
            </fieldset>
          </>
        )}
      </SortableList>
    </div>
  );
}
