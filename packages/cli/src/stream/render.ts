import type { Rubric, SubjectResult, SubjectSummary } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { csvCells, csvHeaderCells } from '../format/csv.js';
import { csvRecord } from '../format/csv-text.js';
import { errorJson } from '../format/json.js';
import { levelLabel } from '../format/labels.js';
import type { ScoredCohort } from '../score/score-cohort.js';
import type { ReportedError } from '../subjects/types.js';

/**
 * Output written piece by piece: the `--format csv` table (the same bytes as `scoreCsv`) and the
 * `--format ndjson` lines. Tests check both against the whole-file path byte for byte.
 */

export function csvHeader(rubric: Rubric): string {
  return csvRecord(csvHeaderCells(rubric));
}

/** One row of the table as text, ending in a newline (quoted per cell as papaparse quotes). */
export function csvLine(r: SubjectSummary, rubric: Rubric, lang: Lang): string {
  return csvRecord(csvCells(r, rubric, lang));
}

/** One result as `--format json` lists it: without the per-subject rubric, with `levelLabel`. */
export function resultLine(result: SubjectResult, rubric: Rubric, lang: Lang): string {
  const { rubric: _ref, ...rest } = result;
  return `${JSON.stringify({ ...rest, levelLabel: levelLabel(rubric, result.level, lang) })}\n`;
}

/** The last NDJSON line: `{ "summary": { rubric, errors, distribution, quotas, ranks } }`. */
export function summaryLine(cohort: Omit<ScoredCohort['cohort'], 'results'>, errors: readonly ReportedError[], lang: Lang): string {
  const summary = {
    rubric: cohort.rubric,
    errors: errors.map((e) => errorJson(e, lang)),
    distribution: cohort.distribution,
    quotas: cohort.quotas,
    ranks: cohort.ranks,
  };
  return `${JSON.stringify({ summary })}\n`;
}

/** `--format ndjson` for a cohort scored whole: the same lines the streaming path writes. */
export function scoreNdjson(scored: ScoredCohort, rubric: Rubric, lang: Lang): string {
  let out = '';
  for (const r of scored.cohort.results) out += resultLine(r, rubric, lang);
  return out + summaryLine(scored.cohort, scored.errors, lang);
}
