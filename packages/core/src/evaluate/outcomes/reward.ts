import type { Outcome } from '../../schema/outcomes.js';
import { en, fmtNumber } from '../format.js';
import type { OutcomeKind } from './kind.js';

type RewardOutcome = Extract<Outcome, { kind: 'reward' }>;

const ZH_CURRENCY: Record<string, string> = { CNY: '元' };

/** Money that follows from a level, e.g. 10,000 CNY for five stars (奖补经费). */
export const reward: OutcomeKind<RewardOutcome> = {
  kind: 'reward',
  result: (o) => ({ id: o.id, kind: 'reward', from: 'outcome', label: { zh: o.label.zh, en: en(o.label) }, amount: o.amount, currency: o.currency }),
  explain(o, level) {
    const amount = fmtNumber(o.amount);
    const zhUnit = ZH_CURRENCY[o.currency] ?? ` ${o.currency}`;
    return { zh: `${level.zh}：${o.label.zh} ${amount}${zhUnit}`, en: `${level.en}: ${en(o.label)} ${amount} ${o.currency}` };
  },
};
