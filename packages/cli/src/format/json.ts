import type { Rubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import type { ScoredCohort } from '../score/score-cohort.js';
import type { ReportedError } from '../subjects/types.js';
import { levelLabel } from './labels.js';

/**
 * The `--format json` document: one JSON value other tools can rely on.
 *
 * - `rubric`: `{ id, version, hash }` of the rubric used.
 * - `results`: every scored subject, sorted by id, as the core returns it (scores are JSON numbers,
 *   trace messages keep both languages) with `levelLabel` added in the chosen language and the
 *   per-subject `rubric` left out (it is the top-level one).
 * - `errors`: `{ id, index, path, code, message, row?, column? }`, `message` in the chosen language.
 * - `distribution`, `quotas`, `ranks`: the cohort report, as the core returns it.
 */
export function scoreJson(scored: ScoredCohort, rubric: Rubric, lang: Lang): string {
  const { cohort, errors } = scored;
  const document = {
    rubric: cohort.rubric,
    results: cohort.results.map(({ rubric: _ref, ...result }) => ({
      ...result,
      levelLabel: levelLabel(rubric, result.level, lang),
    })),
    errors: errors.map((e) => errorJson(e, lang)),
    distribution: cohort.distribution,
    quotas: cohort.quotas,
    ranks: cohort.ranks,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** An error as the JSON document and the NDJSON summary give it (`message` in `lang`). */
export function errorJson(e: ReportedError, lang: Lang): Record<string, unknown> {
  return {
    id: e.id,
    index: e.index,
    path: e.path,
    code: e.code,
    message: e.message[lang],
    ...(e.row !== undefined ? { row: e.row } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
  };
}
