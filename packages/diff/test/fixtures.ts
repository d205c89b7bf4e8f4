import { readFileSync } from 'node:fs';
import type { Rubric } from '@rubricate/core';

const ANYANG = new URL('../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url);
const COHORT = new URL('../../../docs/fixtures/anyang-2017-star-rating.cohort.json', import.meta.url);

/** A fresh copy of the Anyang 2017 star-rating rubric, to edit in a test. */
export function anyang(): Rubric {
  return JSON.parse(readFileSync(ANYANG, 'utf8')) as Rubric;
}

/** The Anyang example cohort (subjects). */
export function anyangCohort(): unknown[] {
  return JSON.parse(readFileSync(COHORT, 'utf8')) as unknown[];
}

export function level(rubric: Rubric, id: string) {
  const found = rubric.levels.find((l) => l.id === id);
  if (!found) throw new Error(`no level ${id}`);
  return found;
}
