/**
 * The Anyang rubric's adjustments and gates as plain data, shared by the baselines that encode
 * the rubric in another engine's format. Points are in half-points (×2) so sums stay integers.
 */
export const LIST_BONUS_HALF = { national: 16, province: 10, city: 6 } as const;
export const LIST_FACTS = ['commendations', 'innovations'] as const;

/** Deductions per occurrence, in half-points. */
export const PER_COUNT_HALF = {
  criticisedByWorkCommittee: -6,
  criticisedByCityCommittee: -10,
  leadersPenalisedMinor: -6,
  leadersPenalisedMajor: -10,
  memberViolations: -4,
  absences: -6,
} as const;

/** Band lower bounds in half-points, best level first. */
export const BAND_MIN_HALF = [180, 160, 140, 120, 100] as const;
