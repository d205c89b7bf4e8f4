import type { PointsRule } from '../../schema/indicators.js';
import type { PointsBatch, PointsMember } from '../batches.js';
import type { PrepareContext } from '../context.js';
import type { CompiledPoints } from '../plan.js';

/** One way an indicator gets its points; declared once, in its own file. */
export interface PointsKind<R extends PointsRule = PointsRule, M = unknown> {
  kind: R['kind'];
  /** The rule's closure; `batchable` set when `batch` can score it (see batches.ts). */
  compile(rule: R, label: { zh: string; en: string }, ctx: PrepareContext, path: (string | number)[]): CompiledPoints & { batchable?: M };
  /** Optional: all the batchable rules of this kind scored in one call, for the hot path. */
  batch?(members: readonly PointsMember<M>[]): PointsBatch;
}
