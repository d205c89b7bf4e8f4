import { useTranslation } from 'react-i18next';
import { useEdits, useValue } from '../../app/EditorContext';
import { freshId, useDeclared } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { CheckField, LocalisedField, NumberField, SelectField, TextField } from '../Fields/Fields';
import { SortableList } from '../SortableList/SortableList';

const KINDS = ['direct', 'linear', 'lookup', 'raters'] as const;

/** How an indicator earns its points: taken directly, scaled linearly, looked up, or weighted raters. */
export function PointsRuleEditor({ path }: { path: JsonPath }) {
  const { t } = useTranslation();
  const rule = useValue<{ kind?: string; fact?: string }>(path);
  const facts = useDeclared('facts');
  const sources = useDeclared('sources');
  const { set } = useEdits();
  const kind = rule?.kind ?? 'direct';
  const fact = rule?.fact ?? facts[0]?.value ?? '';
  return (
    <fieldset className="points-rule" data-path={path.join('.')}>
      <legend>{t('points.title')}</legend>
      <div className="row">
        <SelectField
          path={[...path, 'kind']}
          label={t('points.kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`points.kinds.${k}`) }))}
          onChange={(k) => {
            const next: Record<string, Record<string, unknown>> = {
              direct: { kind: 'direct', fact },
              linear: { kind: 'linear', fact, lower: 0, upper: 1 },
              lookup: { kind: 'lookup', fact, rows: [{ min: 0, points: 0 }] },
              raters: { kind: 'raters', parts: [{ source: sources[0]?.value ?? '', fact, weight: 1 }] },
            };
            set(path, next[k], false);
          }}
        />
        {kind !== 'raters' ? <SelectField path={[...path, 'fact']} label={t('points.fact')} options={facts} /> : null}
        {kind === 'linear' ? (
          <>
            <NumberField path={[...path, 'lower']} label={t('points.lower')} />
            <NumberField path={[...path, 'upper']} label={t('points.upper')} />
            <CheckField path={[...path, 'invert']} label={t('points.invert')} />
          </>
        ) : null}
        {kind === 'lookup' ? <NumberField path={[...path, 'otherwise']} label={t('points.otherwise')} /> : null}
      </div>
      <p className="hint">{t(`points.hints.${kind}`)}</p>
      {kind === 'lookup' ? (
        <SortableList<{ points?: number }> path={[...path, 'rows']} itemName={t('points.row')} create={() => ({ min: 0, points: 0 })} title={(r) => t('points.rowTitle', { points: r.points ?? '' })}>
          {(_r, _i, rp) => (
            <>
              <div className="row">
                <TextField path={[...rp, 'equals']} label={t('points.equals')} />
                <NumberField path={[...rp, 'min']} label={t('points.rowMin')} />
                <NumberField path={[...rp, 'max']} label={t('points.rowMax')} />
                <NumberField path={[...rp, 'points']} label={t('points.points')} required />
              </div>
              <LocalisedField path={[...rp, 'label']} label={t('common.label')} />
            </>
          )}
        </SortableList>
      ) : null}
      {kind === 'raters' ? (
        <SortableList<{ source?: string }>
          path={[...path, 'parts']}
          itemName={t('points.part')}
          create={(items) => ({ source: sources[items.length]?.value ?? '', fact: facts[0]?.value ?? '', weight: 0.1 })}
          title={(p) => p.source ?? ''}
        >
          {(_p, _i, pp) => (
            <div className="row">
              <SelectField path={[...pp, 'source']} label={t('points.source')} options={sources} />
              <SelectField path={[...pp, 'fact']} label={t('points.fact')} options={facts} />
              <NumberField path={[...pp, 'weight']} label={t('points.weight')} />
            </div>
          )}
        </SortableList>
      ) : null}
    </fieldset>
  );
}

/** Re-exported helper for stories. */
export { freshId };
