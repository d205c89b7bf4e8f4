import { useTranslation } from 'react-i18next';
import { useDeclared } from '../../app/options';
import type { JsonPath } from '../../state/paths';
import { IdListField, TextField } from '../Fields/Fields';

/** Where a rule comes from: the clause of the source document, or the assumptions it rests on. */
export function Provenance({ path }: { path: JsonPath }) {
  const { t } = useTranslation();
  const assumptions = useDeclared('assumptions');
  return (
    <div className="provenance row">
      <TextField path={[...path, 'clause', 'ref']} label={t('prov.clause')} hint={t('prov.clauseHint')} />
      <TextField path={[...path, 'clause', 'quote']} label={t('prov.quote')} className="grow" />
      {assumptions.length > 0 ? <IdListField path={[...path, 'assumptions']} label={t('prov.assumptions')} options={assumptions} /> : null}
    </div>
  );
}
