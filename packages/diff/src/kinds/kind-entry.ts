import type { Message } from '@rubricate/core';
import { asRecord, compareFields } from '../compare.js';
import type { DiffContext, FieldDiffer, FieldRules } from '../context.js';
import { formatValue } from '../format.js';
import type { Change } from '../types.js';

/** Why an added rule changes no existing result, which makes the addition minor. */
export interface Neutral {
  reason: Message;
}

/**
 * How one kind of rule diffs, declared in one place: its fields' rules and when adding a rule of
 * this kind is safe (minor). Fields not listed are major.
 */
export interface KindEntry<T = unknown> {
  kind: string;
  /** The kind in words, e.g. 按次计分 / per occurrence. */
  noun: Message;
  fields: FieldRules;
  /** A reason when adding `rule` changes no existing subject's result; undefined means major. */
  neutralWhenAdded?: (rule: T, ctx: DiffContext) => Neutral | undefined;
}

export type KindRegistry = Readonly<Record<string, KindEntry<never>>>;

/** Looks up the entry of an object's `kind`. */
export function entryOf(registry: KindRegistry, value: unknown): KindEntry<never> | undefined {
  const kind = asRecord(value)['kind'];
  return typeof kind === 'string' && Object.hasOwn(registry, kind) ? registry[kind] : undefined;
}

/**
 * A field differ for a kinded object (`{ kind, … }`): a change of kind is one major change; within
 * a kind, fields follow the kind's entry (plus `extra`, the rules common to every kind).
 */
export function kindedDiffer(registry: KindRegistry, kindPrefix: string, extra: FieldRules = {}): FieldDiffer {
  return (oldValue, newValue, site, ctx): Change[] => {
    const a = entryOf(registry, oldValue);
    const b = entryOf(registry, newValue);
    if (!a || !b || a !== b) {
      const from = a ? a.noun : formatValue(asRecord(oldValue)['kind']);
      const to = b ? b.noun : formatValue(asRecord(newValue)['kind']);
      return [
        {
          kind: `${kindPrefix}.kind`,
          bump: 'major',
          path: [...site.path, 'kind'],
          message: {
            zh: `${site.owner.zh}的计分方式由“${from.zh}”改为“${to.zh}”`,
            en: `Kind of ${site.owner.en} changed from "${from.en}" to "${to.en}"`,
          },
        },
      ];
    }
    return compareFields(kindPrefix, asRecord(oldValue), asRecord(newValue), { kind: 'ignore', ...extra, ...a.fields }, site, ctx);
  };
}
