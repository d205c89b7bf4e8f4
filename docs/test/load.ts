import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** docs/fixtures, where every rubric, its examples and its cohorts live. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The rubric ids: every `<id>.json` that is not an examples, cohort or bad-subjects file. */
export const RUBRIC_IDS: string[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json') && !/\.(examples|cohort|bad-subjects)\.json$/.test(f))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

export function readJson<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as T;
}

export function readText(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** A worked example as written in `<id>.examples.json`. */
export interface WorkedExample {
  name: string;
  subject: {
    id: string;
    category?: string;
    facts: Record<string, unknown>;
    history?: { period: string; level: string | null }[];
    overrides?: { gate: string; reason: string; by?: string }[];
  };
  expected: {
    score: number;
    level: string | null;
    unclampedScore?: number;
    bandLevel?: string | null;
    /** Adjustment id → points; adjustments not listed must give 0. */
    adjustments?: Record<string, number>;
    /** Section id → points. */
    sections?: Record<string, number>;
    /** Ids of the gates whose condition held and that were not lifted by an override. */
    gates?: string[];
    /** Ids of the soft gates lifted by an override. */
    overridden?: string[];
    /** Ids of every outcome (reward, label, action, history). */
    outcomes?: string[];
    /** Rule ids (or codes) of the review flags. */
    flags?: string[];
    /** Crosswalk id → target level. */
    crosswalks?: Record<string, string | null>;
  };
  working: string;
}

export type Subject = WorkedExample['subject'];
