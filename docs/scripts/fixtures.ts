/** The fixture rubrics the rubric pages are made from: every docs/fixtures/<id>.json with companions. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from './paths.js';

const COMPANION = /\.(examples|cohort|bad-subjects)\.json$/;

export interface FixtureInfo {
  id: string;
  title: { zh: string; en?: string };
  hasExamples: boolean;
  hasCohort: boolean;
}

/** Rubric ids in code-point order, so the sidebar and the index do not depend on the file system. */
export function rubricIds(dir: string = FIXTURES): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !COMPANION.test(f))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function fixtureInfo(id: string, dir: string = FIXTURES): FixtureInfo {
  const json = JSON.parse(readFileSync(resolve(dir, `${id}.json`), 'utf8')) as { title?: { zh?: string; en?: string } };
  return {
    id,
    title: { zh: json.title?.zh ?? id, en: json.title?.en },
    hasExamples: existsSync(resolve(dir, `${id}.examples.json`)),
    hasCohort: existsSync(resolve(dir, `${id}.cohort.json`)),
  };
}
