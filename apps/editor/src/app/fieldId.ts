import type { JsonPath } from '../state/paths';

/** The DOM id of the input editing `path`; problems and the JSON view focus fields through it. */
export function fieldId(path: JsonPath): string {
  return `f-${path.join('.')}`;
}

/**
 * Focus the form field closest to `path`: the field itself, or the nearest enclosing element that
 * carries a `data-path` (a list item, a section), so every problem leads somewhere visible.
 */
export function focusPath(path: JsonPath, root: ParentNode = document): boolean {
  for (let n = path.length; n >= 0; n -= 1) {
    const key = path.slice(0, n).join('.');
    const el = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
    if (el) {
      const target = el.matches('input, select, textarea, button, [tabindex]')
        ? el
        : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
      target.scrollIntoView({ block: 'center' });
      target.focus();
      return true;
    }
  }
  return false;
}
