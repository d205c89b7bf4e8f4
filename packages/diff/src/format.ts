import type { Message } from '@rubricate/core';

/** Up to this many characters of a value are quoted in a message. */
const MAX_VALUE_CHARS = 120;

function clip(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** A value as it appears inside a message (numbers bare, text quoted, absent said in words). */
export function formatValue(value: unknown): Message {
  if (value === undefined) return { zh: '（未设置）', en: '(unset)' };
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    const text = String(value);
    return { zh: text, en: text };
  }
  if (typeof value === 'string') return { zh: `“${clip(value)}”`, en: `"${clip(value)}"` };
  if (isClause(value)) {
    const quote = value.quote ? `“${clip(value.quote)}”` : '';
    return { zh: `${value.ref}${quote}`, en: `${value.ref}${quote ? ` ${quote}` : ''}` };
  }
  if (isLocalised(value)) return { zh: `“${clip(value.zh)}”`, en: `"${clip(value.en ?? value.zh)}"` };
  const json = clip(JSON.stringify(value) ?? String(value));
  return { zh: json, en: json };
}

function isClause(value: unknown): value is { ref: string; quote?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return typeof (value as { ref?: unknown }).ref === 'string' && keys.every((k) => k === 'ref' || k === 'quote');
}

function isLocalised(value: unknown): value is { zh: string; en?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('zh') && keys.every((k) => k === 'zh' || k === 'en');
}

/** `zh`/`en` text of a localised label, English falling back to Chinese. */
export function text(label: { zh: string; en?: string | undefined } | undefined, fallback: string): Message {
  if (!label) return { zh: fallback, en: fallback };
  return { zh: label.zh, en: label.en ?? label.zh };
}

/** Joins message parts language by language. */
export function join(parts: readonly Message[], zhSep = '', enSep = ' '): Message {
  return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}

/** Deep structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) {
    if (!deepEqual(ao[key], bo[key])) return false;
  }
  return true;
}
