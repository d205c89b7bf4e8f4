import Papa from 'papaparse';
import type { Rubric, SubjectResult } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { flagKey } from '../format/csv.js';
import { crosswalkLevelLabel, levelLabel } from '../format/labels.js';
import { formatPoints } from '../format/number.js';
import type { ScoredCohort } from '../score/score-cohort.js';
import type { ReportedError } from '../subjects/types.js';

/**
 * Output written piece by piece: the `--format csv` table (the same bytes as `scoreCsv`) and the
 * `--format ndjson` lines. Tests check both against the whole-file path byte for byte.
 */

export function csvHeader(rubric: Rubric): string {
  const header = ['id', 'category', 'score', 'level', 'level_label', 'band_level', 'flags', 'outcomes'];
  for (const c of rubric.crosswalks ?? []) header.push(`crosswalk.${c.id}`, `crosswalk.${c.id}.label`);
  return `${Papa.unparse([header], { newline: '\n' })}\n`;
}

export function csvCells(r: SubjectResult, rubric: Rubric, lang: Lang): string[] {
  const row = [
    r.id,
    r.category ?? '',
    formatPoints(r.score),
    r.level ?? '',
    levelLabel(rubric, r.level, lang),
    r.bandLevel ?? '',
    r.flags.map(flagKey).join('|'),
    r.outcomes.map((o) => o.id).join('|'),
  ];
  for (const c of rubric.crosswalks ?? []) {
    const target = r.crosswalks[c.id] ?? null;
    row.push(target ?? '', crosswalkLevelLabel(rubric, c.id, target, lang));
  }
  return row;
}

/** One row of the table as text, ending in a newline (quoted per cell as papaparse does for the whole table). */
export function csvLine(r: SubjectResult, rubric: Rubric, lang: Lang): string {
  return `${Papa.unparse([csvCells(r, rubric, lang)], { newline: '\n' })}\n`;
}

/** One result as `--format json` lists it: without the per-subject rubric, with `levelLabel`. */
export function resultLine(result: SubjectResult, rubric: Rubric, lang: Lang): string {
  const { rubric: _ref, ...rest } = result;
  return `${JSON.stringify({ ...rest, levelLabel: levelLabel(rubric, result.level, lang) })}\n`;
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
