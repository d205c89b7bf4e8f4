import type { FactDeclaration } from '@rubricate/core';
import { asRecord, fieldChange } from '../compare.js';
import type { FieldDiffer } from '../context.js';
import { formatValue } from '../format.js';
import type { Change } from '../types.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** A subject without the fact is an error when it is required (explicitly, or having no default). */
function effectivelyRequired(fact: FactDeclaration): boolean {
  return fact.required ?? fact.default === undefined;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number';
}

/**
 * A bound of an allowed range: moving it outward only admits values refused before (minor);
 * moving it inward may refuse a value some subject has (major).
 */
function bound(side: 'min' | 'max'): FieldDiffer {
  return (a, b, site) => {
    const widened = b === undefined || (isNumber(a) && isNumber(b) && (side === 'min' ? b < a : b > a));
    return [fieldChange(widened ? 'fact.range.widened' : 'fact.range.narrowed', widened ? 'minor' : 'major', side, a, b, { ...site, path: site.path.slice(0, -1) })];
  };
}

/** Whether every multiple of `coarse` is a multiple of `fine` (0.5 → 0.1 admits all it did). */
function refines(coarse: number, fine: number): boolean {
  const ratio = coarse / fine;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

const step: FieldDiffer = (a, b, site) => {
  const widened = b === undefined || (isNumber(a) && isNumber(b) && refines(a, b));
  return [fieldChange(widened ? 'fact.step.finer' : 'fact.step.coarser', widened ? 'minor' : 'major', 'step', a, b, { ...site, path: site.path.slice(0, -1) })];
};

/** A larger (or no) limit admits more; a smaller one may refuse a subject. */
function limit(key: string): FieldDiffer {
  return (a, b, site) => {
    const widened = b === undefined || (isNumber(a) && isNumber(b) && b > a);
    return [fieldChange(widened ? 'fact.limit.raised' : 'fact.limit.lowered', widened ? 'minor' : 'major', key, a, b, { ...site, path: site.path.slice(0, -1) })];
  };
}

type Option = { id: string; label: { zh: string; en?: string | undefined } };

/** Removing an option refuses subjects using it (major); adding one is minor; relabelling is wording. */
const options: FieldDiffer = (a, b, site) => {
  const before = (Array.isArray(a) ? a : []) as Option[];
  const after = (Array.isArray(b) ? b : []) as Option[];
  const changes: Change[] = [];
  const oldById = new Map(before.map((o) => [o.id, o]));
  const newIds = new Set(after.map((o) => o.id));
  after.forEach((option, i) => {
    const previous = oldById.get(option.id);
    const path = [...site.path, i];
    if (!previous) {
      changes.push({
        kind: 'fact.option.added',
        bump: 'minor',
        path,
        message: { zh: `${site.owner.zh}新增选项“${option.label.zh}”`, en: `Option "${option.label.en ?? option.id}" added to ${site.owner.en}` },
      });
    } else if (JSON.stringify(previous.label) !== JSON.stringify(option.label)) {
      const from = formatValue(previous.label);
      const to = formatValue(option.label);
      changes.push({
        kind: 'wording',
        bump: 'patch',
        path: [...path, 'label'],
        message: { zh: `${site.owner.zh}的选项“${option.id}”名称由 ${from.zh} 改为 ${to.zh}`, en: `Option "${option.id}" of ${site.owner.en} relabelled from ${from.en} to ${to.en}` },
      });
    }
  });
  before.forEach((option, i) => {
    if (newIds.has(option.id)) return;
    changes.push({
      kind: 'fact.option.removed',
      bump: 'major',
      path: [...site.path, i],
      message: { zh: `${site.owner.zh}删除选项“${option.label.zh}”`, en: `Option "${option.label.en ?? option.id}" removed from ${site.owner.en}` },
    });
  });
  return changes;
};

/**
 * Facts. Adding an optional fact is minor: subjects scored before never carried it (undeclared
 * facts are errors), and it takes its default. Adding a required fact is major: every existing
 * subject now lacks it.
 */
export const factsSpec: EntitySpec<FactDeclaration> = {
  at: ['facts'],
  kind: 'fact',
  noun: { zh: '录入事项', en: 'fact' },
  items: (r) => locate('facts', r.facts),
  label: (f) => f.label,
  ordered: false,
  fields: {
    label: 'wording',
    description: 'wording',
    unit: 'wording',
    type: 'semantic',
    source: 'semantic',
    required: 'ignore',
    default: 'ignore',
    min: bound('min'),
    max: bound('max'),
    step,
    options,
    maxItems: limit('maxItems'),
    maxLength: limit('maxLength'),
  },
  extra: (a, b, site) => {
    const changes: Change[] = [];
    const wasRequired = effectivelyRequired(a);
    const isRequired = effectivelyRequired(b);
    if (!wasRequired && isRequired) {
      changes.push({
        kind: 'fact.required',
        bump: 'major',
        path: [...site.path, 'required'],
        message: { zh: `${site.owner.zh}改为必填（未填写的对象将报错）`, en: `${site.owner.en} is now required (subjects without it are refused)` },
      });
    } else if (wasRequired && !isRequired) {
      changes.push({
        kind: 'fact.optional',
        bump: 'minor',
        path: [...site.path, 'required'],
        message: { zh: `${site.owner.zh}改为选填`, en: `${site.owner.en} is now optional` },
      });
    }
    const before = asRecord(a)['default'];
    const after = asRecord(b)['default'];
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      // A default where there was none only fills subjects that were refused before.
      const added = before === undefined;
      changes.push(fieldChange(added ? 'fact.default.added' : 'fact.default', added ? 'minor' : 'major', 'default', before, after, site));
    }
    return changes;
  },
  added: (fact) =>
    effectivelyRequired(fact)
      ? { bump: 'major', reason: { zh: '必填，现有对象均缺少此项', en: 'required: every existing subject lacks it' } }
      : { bump: 'minor', reason: { zh: `选填，默认值 ${formatValue(fact.default).zh}`, en: `optional, default ${formatValue(fact.default).en}` } },
};
