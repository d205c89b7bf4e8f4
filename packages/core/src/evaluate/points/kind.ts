import type { PointsRule } from '../../schema/indicators.js';
import type { PrepareContext } from '../context.js';
import type { CompiledPoints } from '../plan.js';

/** One way an indicator gets its points; declared once, in its own file. */
export interface PointsKind<R extends PointsRule = PointsRule> {
  kind: R['kind'];
  compile(rule: R, label: { zh: string; en: string }, ctx: PrepareContext, path: (string | number)[]): CompiledPoints;
}
