import type { Rubric, SubjectSummary } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import type { SummarisedCohort } from '../score/score-cohort.js';
import { csvRecord } from './csv-text.js';
import { formatPoints } from './number.js';
import { crosswalkLevelLabel, levelLabel } from './labels.js';

/**
 * The `--format csv` table: one row per scored subject, sorted by id. Column names are fixed
 * English keys so that scripts can rely on them; `level_label` is in the chosen language. Lists
 * (flags, outcomes) are pipe-separated, as in the input CSV. Each crosswalk adds two columns.
 * Errors are not in this table: the command prints them on standard error. Every record, the
 * header included, ends in a line feed (a cohort with no scored subject is the header alone).
 */
export function scoreCsv(scored: SummarisedCohort, rubric: Rubric, lang: Lang): string {
  let out = csvRecord(csvHeaderCells(rubric));
  for (const r of scored.cohort.results) out += csvRecord(csvCells(r, rubric, lang));
  return out;
}

/** The column names of the `--format csv` table. */
export function csvHeaderCells(rubric: Rubric): string[] {
  const header = ['id', 'category', 'score', 'level', 'level_label', 'band_level', 'flags', 'outcomes'];
  for (const c of rubric.crosswalks ?? []) header.push(`crosswalk.${c.id}`, `crosswalk.${c.id}.label`);
  return header;
}

/** One subject's cells in the `--format csv` table (a full result or the cohort's summary of it). */
export function csvCells(r: SubjectSummary, rubric: Rubric, lang: Lang): string[] {
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

/** A flag as `code` or `code:rule`, e.g. `quota.tie:five-star-cap`. */
export function flagKey(flag: { code: string; rule?: string | undefined }): string {
  return flag.rule === undefined ? flag.code : `${flag.code}:${flag.rule}`;
}
