import { useTranslation } from 'react-i18next';
import { pick } from '../i18n';
import { useEditor } from './EditorContext';
import type { Option } from '../components/Fields/Fields';

interface Named {
  id?: unknown;
  label?: { zh?: string; en?: string };
  text?: { zh?: string; en?: string };
}

function toOptions(list: unknown, lang: string): Option[] {
  if (!Array.isArray(list)) return [];
  return (list as Named[])
    .filter((x) => x && typeof x.id === 'string' && x.id)
    .map((x) => {
      const name = pick(x.label ?? x.text, lang);
      return { value: x.id as string, label: name ? `${name}（${x.id as string}）` : (x.id as string) };
    });
}

/** Ids declared in the rubric, as select options labelled in the UI language. */
export function useDeclared(key: 'facts' | 'levels' | 'categories' | 'sources' | 'assumptions' | 'adjustmentGroups' | 'gates'): Option[] {
  const { i18n } = useTranslation();
  const list = useEditor((s) => (s.doc as Record<string, unknown> | null)?.[key]);
  return toOptions(list, i18n.language);
}

/** Names of the shared conditions in `rubric.conditions`. */
export function useConditionNames(): Option[] {
  const conditions = useEditor((s) => (s.doc as Record<string, unknown> | null)?.conditions);
  if (!conditions || typeof conditions !== 'object') return [];
  return Object.keys(conditions).map((k) => ({ value: k, label: k }));
}

/** A fresh id such as `i3` that no item of `items` uses yet. */
export function freshId(prefix: string, items: unknown[]): string {
  const used = new Set(items.map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined)));
  for (let n = items.length + 1; ; n += 1) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
