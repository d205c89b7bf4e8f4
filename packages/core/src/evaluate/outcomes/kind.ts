import type { Message, OutcomeResult } from '../../result/types.js';
import type { Outcome } from '../../schema/outcomes.js';

/** One kind of outcome (reward, label, action); declared once, in its own file. */
export interface OutcomeKind<O extends Outcome = Outcome> {
  kind: O['kind'];
  result(outcome: O): OutcomeResult;
  explain(outcome: O, levelName: Message): Message;
}
