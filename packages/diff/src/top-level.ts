import type { Rubric } from '@rubricate/core';
import { compareFields } from './compare.js';
import type { DiffContext, FieldRules } from './context.js';
import type { Change } from './types.js';

/**
 * The rubric's own fields. Collections are compared by their specs; `version` and `changelog`
 * are what a release changes, so they never count as a change. Any field not listed here (a
 * future addition to the model) is major.
 */
const RUBRIC_FIELDS: FieldRules = {
  version: 'ignore',
  changelog: 'ignore',
  $schema: 'wording',
  title: 'wording',
  description: 'wording',
  source: 'wording',
  id: 'semantic',
  schemaVersion: 'semantic',
  scale: 'ignore',
  categories: 'ignore',
  facts: 'ignore',
  conditions: 'ignore',
  sources: 'ignore',
  sections: 'ignore',
  adjustments: 'ignore',
  adjustmentGroups: 'ignore',
  levels: 'ignore',
  crosswalks: 'ignore',
  gates: 'ignore',
  flags: 'ignore',
  quotas: 'ignore',
  ranks: 'ignore',
  outcomes: 'ignore',
  history: 'ignore',
  assumptions: 'ignore',
};

/** Every part of the scale (full score, precision, clamping, rounding) can move a score. */
const SCALE_FIELDS: FieldRules = {};

export function diffTopLevel(ctx: DiffContext): Change[] {
  const owner = { zh: '评分标准', en: 'the rubric' };
  return [
    ...compareFields('rubric', ctx.old as Rubric & Record<string, unknown>, ctx.new as Rubric & Record<string, unknown>, RUBRIC_FIELDS, { path: [], owner }, ctx),
    ...compareFields('scale', ctx.old.scale, ctx.new.scale, SCALE_FIELDS, { path: ['scale'], owner: { zh: '计分标尺', en: 'the scale' } }, ctx),
  ];
}
