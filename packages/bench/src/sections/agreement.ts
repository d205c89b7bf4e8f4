/** Compares an engine's results with the hand-written reference, subject by subject. */
import type { Scored } from '../baselines/handwritten.js';

export interface Agreement {
  checked: number;
  mismatches: number;
  /** The first few differences, for the report. */
  examples: string[];
}

export function compare(ids: readonly string[], reference: readonly Scored[], got: readonly (Scored | undefined)[]): Agreement {
  let mismatches = 0;
  const examples: string[] = [];
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const g = got[i];
    if (!g || g.score !== r.score || g.level !== r.level) {
      mismatches++;
      if (examples.length < 3) {
        examples.push(`${ids[i]}: expected ${r.score} ${r.level}, got ${g ? `${g.score} ${g.level}` : 'nothing'}`);
      }
    }
  }
  return { checked: reference.length, mismatches, examples };
}
