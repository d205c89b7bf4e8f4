/**
 * The Anyang rubric written by hand: the reference every engine must agree with, and the speed
 * to compare against. Points are counted in integer half-points, so there is no float drift.
 */
import type { AnyangFacts, Tier } from '../data.js';

/** Level ids of docs/fixtures/anyang-2017-star-rating.json, best first; index 5 is "no star" (不定星级). */
export const LEVELS = ['five-star', 'four-star', 'three-star', 'two-star', 'one-star', 'none'] as const;
export type LevelId = (typeof LEVELS)[number];

export interface Scored {
  /** Final score in points (a multiple of 0.5). */
  score: number;
  level: LevelId;
}

const NONE = 5;

function tierHalfPoints(list: readonly Tier[]): number {
  // 以最高的为准: only the highest tier counts. Points ×2 (half-point units).
  let best = 0;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    const p = t === 'national' ? 16 : t === 'province' ? 10 : t === 'city' ? 6 : 0;
    if (p > best) best = p;
  }
  return best;
}

/** Score in half-points, clamped to 0–200. */
export function scoreHalfPoints(f: AnyangFacts): number {
  let s =
    (f.a1 + f.a2 + f.a3 + f.a4 + f.a5 + f.a6 + f.a7 + f.a8 + f.a9 + f.a10) * 2 +
    tierHalfPoints(f.commendations) +
    tierHalfPoints(f.innovations) -
    6 * f.criticisedByWorkCommittee -
    10 * f.criticisedByCityCommittee -
    6 * f.leadersPenalisedMinor -
    10 * f.leadersPenalisedMajor -
    4 * f.memberViolations -
    6 * f.absences;
  if (f.satisfaction < 0.6) s -= 10;
  return s < 0 ? 0 : s > 200 ? 200 : s;
}

/** Level index before any quota: band → demotions → caps → vetoes. */
export function levelIndex(f: AnyangFacts, half: number): number {
  let idx = half >= 180 ? 0 : half >= 160 ? 1 : half >= 140 ? 2 : half >= 120 ? 3 : half >= 100 ? 4 : NONE;
  // 累计3次及以上: one star lower at the year-end rating.
  if (f.absences >= 3 && idx < NONE) idx += 1;
  // Caps: the lowest cap wins; a cap never raises a level.
  let cap = 0;
  if (f.electionOverdueMonths > 0 || f.absences >= 3) cap = 1;
  if (f.electionOverdueMonths > 12) cap = 2;
  if (idx < cap) idx = cap;
  // 50%以下不定星级.
  if (f.satisfaction < 0.5) idx = NONE;
  return idx;
}

/** One subject, the way a developer would write it by hand. */
export function scoreAnyang(f: AnyangFacts): Scored {
  const half = scoreHalfPoints(f);
  return { score: half / 2, level: LEVELS[levelIndex(f, half)]! };
}

export interface CohortSubject {
  id: string;
  facts: AnyangFacts;
}

export interface CohortScored {
  id: string;
  score: number;
  level: LevelId;
  /** The quota whose boundary tie this subject is in (flagged for review), if any. */
  tiedAt?: 'five-star-cap' | 'one-star-floor';
}

export interface HandwrittenCohort {
  /** Sorted by id (code-point order), like the library's output. */
  results: CohortScored[];
  /** Subjects moved by each quota. */
  movedDown: number;
  movedIntoFloor: number;
  /** Subjects in the tied group at a quota boundary. */
  tiedForReview: number;
}

/**
 * The cohort with both quotas: five-star at most ⌊10%·N⌋ (excess moved to four-star), one-star
 * and below at least ⌈10%·N⌉ (the lowest-ranked above moved into one-star). Ranking is by final
 * score; a tied group at the boundary is never split (a cap loses the whole group, a floor takes
 * the whole group). Scores are integers 0–200 in half-points, so tied groups are histogram buckets.
 */
export function scoreAnyangCohort(subjects: readonly CohortSubject[]): HandwrittenCohort {
  const n = subjects.length;
  const half = new Int16Array(n);
  const level = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const f = subjects[i]!.facts;
    const h = scoreHalfPoints(f);
    half[i] = h;
    level[i] = levelIndex(f, h);
  }
  let tied = 0;
  const tieFlag = new Int8Array(n); // 1: five-star cap boundary, 2: one-star floor boundary

  // Quota 1: five-star at most ⌊10%·N⌋. Keep whole score groups from the top while they fit.
  const maxFive = Math.floor(n / 10);
  const fiveHist = new Int32Array(201);
  let fiveCount = 0;
  for (let i = 0; i < n; i++) if (level[i] === 0) { fiveHist[half[i]!]!++; fiveCount++; }
  let movedDown = 0;
  if (fiveCount > maxFive) {
    let kept = 0;
    let threshold = 201; // five-star subjects scoring below this are moved down
    for (let s = 200; s >= 0; s--) {
      const c = fiveHist[s]!;
      if (c === 0) continue;
      if (kept + c > maxFive) {
        if (kept < maxFive) {
          tied += c;
          for (let i = 0; i < n; i++) if (level[i] === 0 && half[i] === s) tieFlag[i] = 1;
        }
        break;
      }
      kept += c;
      threshold = s;
    }
    for (let i = 0; i < n; i++) if (level[i] === 0 && half[i]! < threshold) { level[i] = 1; movedDown++; }
  }

  // Quota 2: one-star and below at least ⌈10%·N⌉. Take whole score groups from the bottom of
  // those above one-star until the floor is reached.
  const minLow = Math.ceil(n / 10);
  let lowCount = 0;
  const aboveHist = new Int32Array(201);
  for (let i = 0; i < n; i++) {
    if (level[i]! >= 4) lowCount++;
    else aboveHist[half[i]!]!++;
  }
  let movedIntoFloor = 0;
  if (lowCount < minLow) {
    const deficit = minLow - lowCount;
    let taken = 0;
    let threshold = -1; // subjects above one-star scoring at or below this move to one-star
    for (let s = 0; s <= 200 && taken < deficit; s++) {
      const c = aboveHist[s]!;
      if (c === 0) continue;
      if (taken + c > deficit) {
        tied += c;
        for (let i = 0; i < n; i++) if (level[i]! < 4 && half[i] === s) tieFlag[i] = 2;
      }
      taken += c;
      threshold = s;
    }
    for (let i = 0; i < n; i++) if (level[i]! < 4 && half[i]! <= threshold) { level[i] = 4; movedIntoFloor++; }
  }

  const results = new Array<CohortScored>(n);
  for (let i = 0; i < n; i++) {
    const r: CohortScored = { id: subjects[i]!.id, score: half[i]! / 2, level: LEVELS[level[i]!]! };
    if (tieFlag[i] === 1) r.tiedAt = 'five-star-cap';
    else if (tieFlag[i] === 2) r.tiedAt = 'one-star-floor';
    results[i] = r;
  }
  results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { results, movedDown, movedIntoFloor, tiedForReview: tied };
}
