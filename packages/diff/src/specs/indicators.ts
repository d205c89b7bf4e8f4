import type { Indicator } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import { text } from '../format.js';
import { kindedDiffer } from '../kinds/kind-entry.js';
import { POINTS_KINDS } from '../kinds/points/index.js';
import type { EntitySpec, Located } from './entity-spec.js';

/**
 * Indicators, matched by id across sections (moving one to another section is major: section
 * totals change). Adding one is major: it adds to the full score.
 */
export const indicatorsSpec: EntitySpec<Indicator> = {
  at: ['sections'],
  kind: 'indicator',
  noun: { zh: '指标', en: 'indicator' },
  items: (r) =>
    r.sections.flatMap((section, si) =>
      section.indicators.map(
        (item, ii): Located<Indicator> => ({
          id: item.id,
          item,
          path: ['sections', si, 'indicators', ii],
          parent: section.id,
          parentLabel: text(section.label, section.id),
        }),
      ),
    ),
  label: (i) => i.label,
  ordered: false,
  fields: {
    ...WORDING_FIELDS,
    max: 'semantic',
    maxByCategory: 'semantic',
    categories: 'semantic',
    points: kindedDiffer(POINTS_KINDS, 'indicator.points'),
  },
  added: () => ({ bump: 'major' }),
};
