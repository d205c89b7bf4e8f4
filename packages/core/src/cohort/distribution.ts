import type { DistributionRow } from '../result/types.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { CohortEntry } from './entry.js';
import { shareOf } from './percent.js';

/**
 * Subjects per final level, best first, with the share in percent (exact, to 0.01) and counts by
 * category when the rubric has categories. A `null` row appears when some subject has no level.
 */
export function distribution(plan: PreparedPlan, entries: readonly CohortEntry[]): DistributionRow[] {
  const L = plan.levels.length;
  const counts = new Array<number>(L + 1).fill(0);
  const byCat = plan.categories.length > 0 ? Array.from({ length: L + 1 }, () => new Map<string, number>()) : undefined;
  for (const e of entries) {
    counts[e.level] = (counts[e.level] as number) + 1;
    if (byCat && e.category !== undefined) {
      const m = byCat[e.level] as Map<string, number>;
      m.set(e.category, (m.get(e.category) ?? 0) + 1);
    }
  }
  const N = entries.length;
  const rows: DistributionRow[] = [];
  for (let i = 0; i <= L; i++) {
    const count = counts[i] as number;
    if (i === L && count === 0) continue;
    const row: DistributionRow = { level: plan.levels[i]?.id ?? null, count, percent: shareOf(count, N) };
    if (byCat) {
      const m = byCat[i] as Map<string, number>;
      row.byCategory = Object.fromEntries(plan.categories.map((c) => [c, m.get(c) ?? 0]));
    }
    rows.push(row);
  }
  return rows;
}
