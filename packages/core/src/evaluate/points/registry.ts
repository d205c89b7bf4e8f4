import type { PointsRule } from '../../schema/indicators.js';
import { direct } from './direct.js';
import type { PointsKind } from './kind.js';
import { linear } from './linear.js';
import { lookup } from './lookup.js';
import { raters } from './raters.js';

/** Every points kind, by name. Adding a kind means adding a file and a line here. */
export const POINTS_KINDS: { readonly [K in PointsRule['kind']]: PointsKind<Extract<PointsRule, { kind: K }>> } = {
  direct,
  linear,
  lookup,
  raters,
};

export function pointsKind(rule: PointsRule): PointsKind {
  return POINTS_KINDS[rule.kind] as unknown as PointsKind;
}
