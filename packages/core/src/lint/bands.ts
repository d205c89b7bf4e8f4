import type { Message } from '../result/types.js';
import type { Band } from '../schema/levels.js';
import type { Rubric } from '../schema/rubric.js';
import type { Path } from '../validate/walk.js';

/** A half-open score range [min, max) with infinite ends where a bound is missing. */
export interface Interval {
  min: number;
  max: number;
}

/** The scores a rubric can give: [scale.min, scale.max] when clamped, every number otherwise. */
export interface Domain {
  lo: number;
  /** Inclusive: scale.max itself is a score. */
  hi: number;
}

export function scoreDomain(rubric: Rubric): Domain {
  return rubric.scale.clamp === false ? { lo: -Infinity, hi: Infinity } : { lo: rubric.scale.min, hi: rubric.scale.max };
}

export function toInterval(b: Band): Interval {
  return { min: b.min ?? -Infinity, max: b.max ?? Infinity };
}

/** A band in force for one category (or for every category without its own bands). */
export interface EffectiveBand {
  level: string;
  index: number;
  interval: Interval;
  path: Path;
}

/**
 * The categories whose bands differ from the default ones: those some level gives its own band.
 * `undefined` stands for the default bands.
 */
export function bandScopes(rubric: Rubric): (string | undefined)[] {
  const cats = new Set<string>();
  for (const l of rubric.levels) for (const c of Object.keys(l.bandByCategory ?? {})) cats.add(c);
  return [undefined, ...[...cats].sort()];
}

/** The bands in force for a scope, in level order (best first). */
export function effectiveBands(rubric: Rubric, category: string | undefined): EffectiveBand[] {
  const out: EffectiveBand[] = [];
  rubric.levels.forEach((l, index) => {
    const own = category !== undefined ? l.bandByCategory?.[category] : undefined;
    if (own) out.push({ level: l.id, index, interval: toInterval(own), path: ['levels', index, 'bandByCategory', category!] });
    else if (l.band) out.push({ level: l.id, index, interval: toInterval(l.band), path: ['levels', index, 'band'] });
  });
  return out;
}

/** True when [s, e) holds a score of the domain. */
export function meetsDomain(s: number, e: number, d: Domain): boolean {
  const start = Math.max(s, d.lo);
  return start < e && start <= d.hi;
}

/** Parts of `interval` not covered by `earlier`. */
export function subtract(interval: Interval, earlier: readonly Interval[]): Interval[] {
  let pieces: Interval[] = [interval];
  for (const cut of earlier) {
    const next: Interval[] = [];
    for (const p of pieces) {
      if (cut.max <= p.min || cut.min >= p.max) {
        next.push(p);
        continue;
      }
      if (cut.min > p.min) next.push({ min: p.min, max: cut.min });
      if (cut.max < p.max) next.push({ min: cut.max, max: p.max });
    }
    pieces = next;
  }
  return pieces;
}

/** Level ids some score earns through a band (first matching level, best first), in any scope. */
export function bandReachableLevels(rubric: Rubric): Set<string> {
  const domain = scoreDomain(rubric);
  const reached = new Set<string>();
  for (const scope of bandScopes(rubric)) {
    const bands = effectiveBands(rubric, scope);
    bands.forEach((b, i) => {
      const free = subtract(b.interval, bands.slice(0, i).map((x) => x.interval));
      if (free.some((p) => meetsDomain(p.min, p.max, domain))) reached.add(b.level);
    });
  }
  return reached;
}

function num(n: number): string {
  return n === Infinity ? '+∞' : n === -Infinity ? '−∞' : String(n);
}

/** "80 ≤ 分数 < 90" / "80 ≤ score < 90"; `closedTop` for a range that ends at and includes scale.max. */
export function describeRange(min: number, max: number, closedTop = false): Message {
  if (closedTop && min === max) return { zh: `分数 ${num(min)}`, en: `score ${num(min)}` };
  const lower = min === -Infinity ? '' : `${num(min)} ≤ `;
  const upper = max === Infinity ? '' : closedTop ? ` ≤ ${num(max)}` : ` < ${num(max)}`;
  if (lower === '' && upper === '') return { zh: '任何分数', en: 'any score' };
  return { zh: `${lower}分数${upper}`, en: `${lower}score${upper}` };
}

/** "（类别 rural）" / " (category rural)" for a category scope, nothing for the default bands. */
export function scopeText(category: string | undefined): Message {
  return category === undefined ? { zh: '', en: '' } : { zh: `（类别 ${category}）`, en: ` (category ${category})` };
}
