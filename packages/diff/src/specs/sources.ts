import type { EvaluationSource } from '@rubricate/core';
import { conditionDiffer } from '../condition-diff.js';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Evaluation sources. A new one does nothing until an indicator uses it (a change judged there). */
export const sourcesSpec: EntitySpec<EvaluationSource> = {
  at: ['sources'],
  kind: 'source',
  noun: { zh: '评价主体', en: 'evaluation source' },
  items: (r) => locate('sources', r.sources),
  label: (s) => s.label,
  ordered: false,
  fields: { ...WORDING_FIELDS, validWhen: conditionDiffer('source.validWhen') },
  added: () => ({ bump: 'minor', reason: { zh: '尚无指标使用', en: 'no indicator uses it yet' } }),
};
