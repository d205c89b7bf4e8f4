import type { Message } from '@rubricate/core';
import type { DiffContext, FieldRule, FieldRules, Site } from './context.js';
import { deepEqual, formatValue } from './format.js';
import type { Change } from './types.js';
import { fieldWords } from './words.js';

/** "<owner>的<field>由 A 改为 B" / "<field> of <owner> changed from A to B". */
export function changedMessage(owner: Message, field: Message, from: unknown, to: unknown): Message {
  const a = formatValue(from);
  const b = formatValue(to);
  return {
    zh: `${owner.zh}的${field.zh}由 ${a.zh} 改为 ${b.zh}`,
    en: `${capitalise(field.en)} of ${owner.en} changed from ${a.en} to ${b.en}`,
  };
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** One change for a whole field, with the generic "changed from … to …" message. */
export function fieldChange(
  kind: string,
  bump: Change['bump'],
  key: string,
  oldValue: unknown,
  newValue: unknown,
  site: Site,
): Change {
  return { kind, bump, path: [...site.path, key], message: changedMessage(site.owner, fieldWords(key), oldValue, newValue) };
}

/**
 * Compares two objects field by field with the declared rules. `kindPrefix` names the changes
 * (`indicator.max`, `level.label` …); wording changes are all of kind `wording`.
 */
export function compareFields(
  kindPrefix: string,
  oldObj: Readonly<Record<string, unknown>>,
  newObj: Readonly<Record<string, unknown>>,
  rules: FieldRules,
  site: Site,
  ctx: DiffContext,
): Change[] {
  const changes: Change[] = [];
  const keys = [...new Set([...Object.keys(oldObj), ...Object.keys(newObj)])];
  for (const key of keys) {
    const rule: FieldRule = Object.hasOwn(rules, key) ? rules[key]! : 'semantic';
    const a = oldObj[key];
    const b = newObj[key];
    if (rule === 'ignore' || deepEqual(a, b)) continue;
    if (rule === 'wording') changes.push(fieldChange('wording', 'patch', key, a, b, site));
    else if (rule === 'semantic') changes.push(fieldChange(`${kindPrefix}.${key}`, 'major', key, a, b, site));
    else changes.push(...rule(a, b, { path: [...site.path, key], owner: site.owner }, ctx));
  }
  return changes;
}

/** Object view of a value, for comparing rule objects whose shape the schema fixes. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
