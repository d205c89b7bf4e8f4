/**
 * What the level ruler draws: each level's band clipped to the scale, and the ranges of the scale
 * that no band covers (gaps) or that several bands cover (overlaps). Bands are half-open
 * [min, max); a missing bound is open. Display only: the level a score earns is the core's call.
 */
export interface BandInput {
  id: string;
  band?: { min?: number; max?: number };
}

export interface Segment {
  min: number;
  max: number;
}

export interface BandAnalysis {
  bands: (Segment & { id: string })[];
  gaps: Segment[];
  overlaps: (Segment & { ids: string[] })[];
  /** The full score itself (scale max) is in no band, e.g. when the top band is [90, 100). */
  topUncovered: boolean;
}

const covers = (b: { min?: number; max?: number }, a: number, z: number) => (b.min ?? -Infinity) <= a && z <= (b.max ?? Infinity);

export function analyseBands(levels: BandInput[], lo: number, hi: number): BandAnalysis {
  const withBand = levels.filter((l): l is BandInput & { band: { min?: number; max?: number } } => !!l.band);
  const points = new Set<number>([lo, hi]);
  for (const l of withBand) {
    for (const v of [l.band.min, l.band.max]) if (typeof v === 'number' && v > lo && v < hi) points.add(v);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const gaps: Segment[] = [];
  const overlaps: (Segment & { ids: string[] })[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const a = cuts[i]!;
    const z = cuts[i + 1]!;
    const ids = withBand.filter((l) => covers(l.band, a, z)).map((l) => l.id);
    if (ids.length === 0) pushMerged(gaps, { min: a, max: z });
    else if (ids.length > 1) overlaps.push({ min: a, max: z, ids });
  }
  const topUncovered = !withBand.some((l) => (l.band.min ?? -Infinity) <= hi && hi < (l.band.max ?? Infinity));
  const bands = withBand.map((l) => ({
    id: l.id,
    min: Math.max(lo, l.band.min ?? lo),
    max: Math.min(hi, l.band.max ?? hi),
  }));
  return { bands, gaps, overlaps, topUncovered };
}

function pushMerged(list: Segment[], seg: Segment) {
  const last = list[list.length - 1];
  if (last && last.max === seg.min) last.max = seg.max;
  else list.push(seg);
}
