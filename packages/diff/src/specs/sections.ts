import type { Section } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Sections group indicators; their indicators are compared one by one (see indicators). */
export const sectionsSpec: EntitySpec<Section> = {
  at: ['sections'],
  kind: 'section',
  noun: { zh: '评分部分', en: 'section' },
  items: (r) => locate('sections', r.sections),
  label: (s) => s.label,
  ordered: false,
  fields: { ...WORDING_FIELDS, indicators: 'ignore' },
  // A section always brings indicators, which add to the full score.
  added: () => ({ bump: 'major' }),
};
