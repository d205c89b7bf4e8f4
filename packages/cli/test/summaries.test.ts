import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCsv } from '../src/format/csv.js';
import { scoreTable } from '../src/format/table.js';
import { requireRubric } from '../src/rubric/load-rubric.js';
import { scoreCohort, summariseCohort } from '../src/score/score-cohort.js';
import { loadSubjects } from '../src/subjects/load.js';
import { fixture, memoryIo } from './helpers.js';

const DOCS = fileURLToPath(new URL('../../../docs/fixtures/', import.meta.url));
const NAMES = ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification'];

/** [rubric, subjects] pairs: every documented cohort as JSON and CSV, the bad Anyang subjects, the mini cohort. */
const CASES: [string, string][] = [
  ...NAMES.flatMap((n): [string, string][] => [
    [`${DOCS}${n}.json`, `${DOCS}${n}.cohort.json`],
    [`${DOCS}${n}.json`, `${DOCS}${n}.cohort.csv`],
  ]),
  [`${DOCS}anyang-2017-star-rating.json`, `${DOCS}anyang-2017-star-rating.bad-subjects.json`],
  [fixture('mini-star.json'), fixture('cohort.json')],
  [fixture('mini-star.json'), fixture('cohort-errors.csv')],
];

describe('the table and the CSV from summaries: the same text as from the full results', () => {
  for (const [rubricPath, subjectsPath] of CASES) {
    it(subjectsPath.slice(subjectsPath.lastIndexOf('/') + 1), async () => {
      const io = memoryIo();
      const prepared = await requireRubric(io, rubricPath);
      const loaded = await loadSubjects(io, subjectsPath, prepared.rubric, 'auto');
      const full = scoreCohort(prepared, loaded);
      const summarised = summariseCohort(prepared, loaded);
      expect(summarised.errors).toEqual(full.errors);
      for (const lang of ['zh', 'en'] as const) {
        expect(scoreCsv(summarised, prepared.rubric, lang)).toBe(scoreCsv(full, prepared.rubric, lang));
        expect(scoreTable(summarised, prepared.rubric, lang)).toBe(scoreTable(full, prepared.rubric, lang));
      }
      // Each summary is those fields of the full result.
      expect(summarised.cohort.results).toEqual(
        full.cohort.results.map(({ id, category, score, unclampedScore, bandLevel, levelBeforeQuota, level, crosswalks, outcomes, flags, rubric }) => ({
          id,
          ...(category !== undefined ? { category } : {}),
          score,
          unclampedScore,
          bandLevel,
          levelBeforeQuota,
          level,
          crosswalks,
          outcomes,
          flags,
          rubric,
        })),
      );
      const { results: _a, ...reports } = summarised.cohort;
      const { results: _b, ...fullReports } = full.cohort;
      expect(reports).toEqual(fullReports);
    });
  }
});
