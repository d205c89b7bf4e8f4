/** The numbers behind the cohort chart: counts per level before and after the quotas, and the quota reports. */
import { evaluateCohort, type CohortResult, type PreparedRubric, type QuotaReport, type Rubric } from '@rubricate/core';
import { RubricText, zh } from './describe.js';

export interface Bar {
  id: string | null;
  label: string;
  color: string;
  /** Subjects at this level after gates, before the quotas. */
  before: number;
  /** Subjects at this level in the end. */
  after: number;
  /** Share of the scored subjects after the quotas, in percent (from the library's distribution). */
  percent: number;
}

export interface QuotaRow extends QuotaReport {
  label: string;
  categoryLabel: string;
}

export interface ChartData {
  cohort: CohortResult;
  text: RubricText;
  bars: Bar[];
  /** The top of the y axis: a whole number of `step`s at or above the tallest bar. */
  yMax: number;
  step: number;
  quotas: QuotaRow[];
}

const NO_COLOUR = '#8c8c8c';

/** Scores the cohort with the library and lays the result out by level, best first. */
export function chartData(rubric: Rubric, prepared: PreparedRubric, subjects: readonly unknown[]): ChartData {
  const cohort = evaluateCohort(prepared, subjects);
  const text = new RubricText(rubric);
  const ids: (string | null)[] = rubric.levels.map((l) => l.id);
  if (cohort.results.some((r) => r.level === null || r.levelBeforeQuota === null)) ids.push(null);
  const bars = ids.map((id) => ({
    id,
    label: text.level(id),
    color: text.levelColor(id) ?? NO_COLOUR,
    before: cohort.results.filter((r) => r.levelBeforeQuota === id).length,
    after: cohort.results.filter((r) => r.level === id).length,
    percent: cohort.distribution.find((d) => d.level === id)?.percent ?? 0,
  }));
  const top = Math.max(1, ...bars.flatMap((b) => [b.before, b.after]));
  const step = top <= 10 ? 1 : top <= 25 ? 5 : top <= 100 ? 10 : Math.pow(10, Math.floor(Math.log10(top)));
  const yMax = Math.ceil(top / step) * step;
  const quotas = cohort.quotas.map((q) => {
    const rule = rubric.quotas?.find((x) => x.id === q.id);
    return { ...q, label: rule ? zh(rule.label) : q.id, categoryLabel: q.category ? text.category(q.category) : '' };
  });
  return { cohort, text, bars, yMax, step, quotas };
}
