import { readFileSync } from 'node:fs';
import type { Rubric } from '@rubricate/core';

export const ANYANG_PATH = new URL('../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url);

/** A fresh copy of the Anyang 2017 star-rating rubric. */
export function anyang(): Rubric {
  return JSON.parse(readFileSync(ANYANG_PATH, 'utf8')) as Rubric;
}
