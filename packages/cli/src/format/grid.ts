import stringWidth from 'string-width';

/** How a column's cells sit in their width. */
export type Align = 'left' | 'right';

/** Pads text to a display width: a Chinese character takes two columns, so `.padEnd` would misalign. */
export function pad(text: string, width: number, align: Align = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Lays out rows under a header with columns aligned by display width (string-width counts CJK and
 * full-width characters as two columns). Returns the lines, without trailing spaces.
 */
export function grid(header: string[], rows: string[][], align: Align[] = []): string[] {
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)];
}
