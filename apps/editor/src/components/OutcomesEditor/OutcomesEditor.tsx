import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { useEdits } from '../../app/EditorContext';
import { freshId, useDeclared } from '../../app/options';
import { ConditionBuilder } from '../ConditionBuilder/ConditionBuilder';
import { IdListField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { Provenance } from '../Provenance/Provenance';
import { SortableList } from '../SortableList/SortableList';

interface Outcome {
  id?: string;
  label?: { zh?: string };
  kind?: string;
  amount?: number;
  currency?: string;
}

/** What follows from a final level (rewards, labels, actions) and rules over consecutive periods. */
export function OutcomesEditor() {
  const { t, i18n } = useTranslation();
  const { set } = useEdits();
  const levels = useDeclared('levels');
  const categories = useDeclared('categories');
  return (
    <div className="form-panel">
      <h2>{t('outcomes.title')}</h2>
      <p className="hint">{t('outcomes.hint')}</p>
      <SortableList<Outcome>
        path={['outcomes']}
        itemName={t('outcomes.item')}
        create={(items) => ({ id: freshId('o', items), label: { zh: '' }, kind: 'label', levels: levels[0] ? [levels[0].value] : [] })}
        title={(o) => `${pick(o.label, i18n.language) || o.id || ''}（${o.kind ? t(`outcomes.kinds.${o.kind}`) : ''}${o.kind === 'reward' ? ` ${o.amount ?? ''} ${o.currency ?? ''}` : ''}）`}
      >
        {(o, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <SelectField
                path={[...p, 'kind']}
                label={t('outcomes.kind')}
                options={(['reward', 'label', 'action'] as const).map((k) => ({ value: k, label: t(`outcomes.kinds.${k}`) }))}
                onChange={(k) => {
                  const { amount: _a, currency: _c, ...rest } = o as Record<string, unknown>;
                  set(p, k === 'reward' ? { ...rest, kind: k, amount: 0, currency: 'CNY' } : { ...rest, kind: k }, false);
                }}
              />
              {o.kind === 'reward' ? (
                <>
                  <NumberField path={[...p, 'amount']} label={t('outcomes.amount')} required />
                  <TextField path={[...p, 'currency']} label={t('outcomes.currency')} placeholder="CNY" required />
                </>
              ) : null}
            </div>
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            <IdListField path={[...p, 'levels']} label={t('outcomes.levels')} options={levels} />
            <ConditionBuilder path={[...p, 'when']} label={t('outcomes.when')} optional />
            {categories.length > 0 ? <IdListField path={[...p, 'categories']} label={t('common.categories')} options={categories} /> : null}
            <Provenance path={p} />
          </>
        )}
      </SortableList>
      <h2>{t('history.title')}</h2>
      <p className="hint">{t('history.hint')}</p>
      <SortableList<{ id?: string; label?: { zh?: string }; consecutive?: number }>
        path={['history']}
        itemName={t('history.item')}
        create={(items) => ({ id: freshId('h', items), label: { zh: '' }, levels: levels.length ? [levels[levels.length - 1]!.value] : [], consecutive: 2, outcome: 'action' })}
        title={(h) => `${pick(h.label, i18n.language) || h.id || ''}（${t('history.periods', { n: h.consecutive ?? '' })}）`}
      >
        {(_h, _i, p) => (
          <>
            <div className="row">
              <TextField path={[...p, 'id']} label={t('common.id')} required />
              <NumberField path={[...p, 'consecutive']} label={t('history.consecutive')} step={1} required />
              <SelectField path={[...p, 'outcome']} label={t('history.outcome')} options={(['label', 'action'] as const).map((k) => ({ value: k, label: t(`outcomes.kinds.${k}`) }))} />
            </div>
            <LocalisedField path={[...p, 'label']} label={t('common.label')} required />
            <IdListField path={[...p, 'levels']} label={t('history.levels')} options={levels} />
            <Provenance path={p} />
          </>
        )}
      </SortableList>
    </div>
  );
}
