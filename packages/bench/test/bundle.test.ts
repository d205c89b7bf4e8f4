import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundleCore } from '../src/bundle.js';

/** Packages that belong to the `@rubricate/core/async` subpath and must stay out of the main entry. */
const FORBIDDEN = ['json-rules-engine', 'jsonpath-plus'];
const offenders = (inputs: readonly string[]) => inputs.filter((i) => FORBIDDEN.some((p) => i.includes(`node_modules/${p}/`)));

describe('browser bundle of @rubricate/core', () => {
  it('the main entry does not pull in json-rules-engine or jsonpath-plus', async () => {
    const r = await bundleCore();
    // The bundle really contains the core (guards against checking an empty bundle).
    expect(r.inputs.some((i) => i.startsWith('packages/core/src/evaluate/'))).toBe(true);
    expect(offenders(r.inputs)).toEqual([]);
  });

  it('the evaluator alone does not pull them in either', async () => {
    const r = await bundleCore(undefined, ['prepareRubric', 'evaluateSubject', 'evaluateCohort']);
    expect(r.inputs.some((i) => i.startsWith('packages/core/src/evaluate/'))).toBe(true);
    expect(offenders(r.inputs)).toEqual([]);
  });

  it('the check does see json-rules-engine when an entry imports it', async () => {
    const r = await bundleCore(createRequire(import.meta.url).resolve('json-rules-engine'));
    expect(offenders(r.inputs).length).toBeGreaterThan(0);
  });
});
