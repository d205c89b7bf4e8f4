import type { Bump } from './types.js';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** True when `a` asks for at least as much as `b`. */
export function bumpCovers(a: Bump, b: Bump): boolean {
  return RANK[a] >= RANK[b];
}
