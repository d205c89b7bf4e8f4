import type { Message, Rubric } from '@rubricate/core';
import { compareFields } from '../compare.js';
import type { DiffContext, FieldRules, Site } from '../context.js';
import { text } from '../format.js';
import type { Change } from '../types.js';

/** An item of a rubric collection, where it is, and the item that holds it (an indicator's section). */
export interface Located<T> {
  id: string;
  item: T;
  path: (string | number)[];
  /** The id of the item that holds it; a different one is a move. */
  parent?: string;
  /** The holder's label, for messages. */
  parentLabel?: Message;
}

/** What adding an item requires: at most `minor`, with the reason it changes no existing result. */
export interface Addition {
  bump: Change['bump'];
  reason?: Message;
}

/**
 * How one collection of a rubric (facts, levels, gates …) diffs. Items are matched by id; an id
 * that disappears is a removal, a new id an addition (a renamed id is both).
 */
export interface EntitySpec<T> {
  /** Where the collection is in a rubric, e.g. ['levels']. */
  at: readonly (string | number)[];
  /** Change kinds start with it: `level.band`, `level.added` … */
  kind: string;
  noun: Message;
  items: (rubric: Rubric) => Located<T>[];
  /** The item's label, for messages. */
  label: (item: T) => { zh: string; en?: string | undefined } | undefined;
  /** Name items by their label alone (levels: "五星级", not "等次“五星级”"). */
  bareName?: boolean;
  /** True when the order of items is part of the meaning (levels best first, quotas in order). */
  ordered: boolean;
  fields: FieldRules;
  /** Replaces the field-by-field comparison (kinded rules). */
  compare?: (oldItem: T, newItem: T, site: Site, ctx: DiffContext) => Change[];
  /** Cross-field checks (e.g. a fact's effective `required` from `required` and `default`). */
  extra?: (oldItem: T, newItem: T, site: Site, ctx: DiffContext) => Change[];
  added: (item: T, ctx: DiffContext) => Addition;
  /** Removal is major unless said otherwise (assumptions are wording). */
  removedBump?: Change['bump'];
}

/** 级别“五星级” / level "Five stars". */
export function ownerName(noun: Message, label: { zh: string; en?: string | undefined } | undefined, id: string): Message {
  const name = text(label, id);
  return { zh: `${noun.zh}“${name.zh}”`, en: `${noun.en} "${name.en}"` };
}

function nameOf<T>(spec: EntitySpec<T>, item: T, id: string): Message {
  return spec.bareName ? text(spec.label(item), id) : ownerName(spec.noun, spec.label(item), id);
}

function byId<T>(items: Located<T>[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  // A valid rubric has unique ids; with duplicates the first one is compared.
  for (const located of items) if (!map.has(located.id)) map.set(located.id, located);
  return map;
}

/** Every change in one collection: additions, removals, field changes, order. */
export function diffCollection<T>(spec: EntitySpec<T>, ctx: DiffContext): Change[] {
  const oldItems = spec.items(ctx.old);
  const newItems = spec.items(ctx.new);
  const oldById = byId(oldItems);
  const newById = byId(newItems);
  const changes: Change[] = [];

  for (const current of newById.values()) {
    const previous = oldById.get(current.id);
    if (!previous) {
      const full = ownerName(spec.noun, spec.label(current.item), current.id);
      const addition = spec.added(current.item, ctx);
      const why = addition.reason ? { zh: `（${addition.reason.zh}）`, en: ` (${addition.reason.en})` } : { zh: '', en: '' };
      changes.push({
        kind: `${spec.kind}.added`,
        bump: addition.bump,
        path: current.path,
        message: { zh: `新增${full.zh}${why.zh}`, en: `Added ${full.en}${why.en}` },
      });
      continue;
    }
    // Named as readers of the old version knew it (a renamed label is the change itself).
    const owner = nameOf(spec, previous.item, previous.id);
    const site: Site = { path: current.path, owner };
    if (previous.parent !== current.parent) {
      changes.push({
        kind: `${spec.kind}.moved`,
        bump: 'major',
        path: current.path,
        message: {
          zh: `${owner.zh}由“${previous.parentLabel?.zh ?? previous.parent ?? ''}”移至“${current.parentLabel?.zh ?? current.parent ?? ''}”`,
          en: `${owner.en} moved from "${previous.parentLabel?.en ?? previous.parent ?? ''}" to "${current.parentLabel?.en ?? current.parent ?? ''}"`,
        },
      });
    }
    changes.push(
      ...(spec.compare
        ? spec.compare(previous.item, current.item, site, ctx)
        : compareFields(spec.kind, previous.item as Record<string, unknown>, current.item as Record<string, unknown>, spec.fields, site, ctx)),
    );
    if (spec.extra) changes.push(...spec.extra(previous.item, current.item, site, ctx));
  }

  for (const previous of oldById.values()) {
    if (newById.has(previous.id)) continue;
    const owner = ownerName(spec.noun, spec.label(previous.item), previous.id);
    changes.push({
      kind: `${spec.kind}.removed`,
      bump: spec.removedBump ?? 'major',
      path: previous.path,
      message: { zh: `删除${owner.zh}`, en: `Removed ${owner.en}` },
    });
  }

  const oldOrder = oldItems.map((l) => l.id).filter((id) => newById.has(id));
  const newOrder = newItems.map((l) => l.id).filter((id) => oldById.has(id));
  if (oldOrder.join('\u0000') !== newOrder.join('\u0000')) {
    changes.push({
      kind: spec.ordered ? `${spec.kind}.order` : 'wording',
      bump: spec.ordered ? 'major' : 'patch',
      path: [...spec.at],
      message: spec.ordered
        ? { zh: `${spec.noun.zh}的先后顺序已调整（顺序影响评定结果）`, en: `Order of ${spec.noun.en}s changed (the order is part of the meaning)` }
        : { zh: `${spec.noun.zh}的排列顺序已调整（仅影响展示）`, en: `Display order of ${spec.noun.en}s changed` },
    });
  }
  return changes;
}
