import { useTranslation } from 'react-i18next';
import { useValue } from '../../app/EditorContext';
import { useDeclared } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { IdListField, TextField } from '../Fields/Fields';

/** Where a rule comes from: the clause of the source document, or the assumptions it rests on. */
export function Provenance({ path }: { path: JsonPath }) {
  const { t } = useTranslation();
  const assumptions = useDeclared('assumptions');
  const chosen = useValue<string[]>([...path, 'assumptions']);
  const count = Array.isArray(chosen) ? chosen.length : 0;
  return (
    <div className="provenance row">
      <TextField path={[...path, 'clause', 'ref']} label={t('prov.clause')} hint={t('prov.clauseHint')} />
      <TextField path={[...path, 'clause', 'quote']} label={t('prov.quote')} className="grow" />
      {assumptions.length > 0 ? (
        // the list of assumptions can be long: folded, with the count of those chosen
        <details className="assumption-picker">
          <summary>{t('prov.assumptionsChosen', { n: count })}</summary>
          <IdListField path={[...path, 'assumptions']} label={t('prov.assumptions')} options={assumptions} />
        </details>
      ) : null}
    </div>
  );
}
