/**
 * VitePress compiles each Markdown page as a Vue template: outside code, `<word>` opens an element
 * and `{{ … }}` is an expression. Texts taken from the code (descriptions, TSDoc) are escaped so
 * that they always read as text.
 */
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

/** Escapes `<`, `>`, `{` and `}` outside backtick code spans (code spans are escaped by Markdown itself). */
export function escapeProse(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[<>{}]/g, (c) => ENTITIES[c]!)))
    .join('');
}

/** A table cell: prose escaped, pipes escaped, on one line. */
export function cell(text: string): string {
  return escapeProse(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
