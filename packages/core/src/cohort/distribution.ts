import type { DistributionRow } from '../result/types.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { CompactCohort } from './compact.js';
import { shareOf } from './percent.js';

/**
 * Subjects per final level, best first, with the share in percent (exact, to 0.01) and counts by
 * category when the rubric has categories. A `null` row appears when some subject has no level.
 */
export function distribution(plan: PreparedPlan, c: CompactCohort): DistributionRow[] {
  const L = plan.levels.length;
  const S = plan.categories.length + 1;
  const counts = new Float64Array(L + 1);
  const byCat = new Float64Array((L + 1) * S);
  for (let e = 0; e < c.count; e++) {
    const l = c.level[e] as number;
    counts[l] = (counts[l] as number) + 1;
    const k = l * S + (c.slot[e] as number);
    byCat[k] = (byCat[k] as number) + 1;
  }
  const N = c.count;
  const rows: DistributionRow[] = [];
  for (let i = 0; i <= L; i++) {
    const count = counts[i] as number;
    if (i === L && count === 0) continue;
    const row: DistributionRow = { level: plan.levels[i]?.id ?? null, count, percent: shareOf(count, N) };
    if (plan.categories.length > 0) row.byCategory = Object.fromEntries(plan.categories.map((cat, j) => [cat, byCat[i * S + j + 1] as number]));
    rows.push(row);
  }
  return rows;
}
