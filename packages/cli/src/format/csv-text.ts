/**
 * CSV text as papaparse's `unparse` writes it with our options (comma, `"` quotes, `\n` between
 * records, no formula escaping), without its per-call set-up: a table of hundreds of thousands of
 * rows is written a record at a time. A property test checks it against `Papa.unparse` on arbitrary
 * strings.
 *
 * papaparse's rule (`safe` in its `JsonToCsv`): a field is quoted when it holds a quote, a comma,
 * a carriage return, a line feed or a byte-order mark, or when it starts or ends with a space;
 * quotes inside are doubled.
 */

const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;
const QUOTE = /"/g;

/** One field, quoted when papaparse would quote it. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** One record: the fields joined by commas, ending in a line feed. */
export function csvRecord(cells: readonly string[]): string {
  let line = csvField(cells[0] ?? '');
  for (let i = 1; i < cells.length; i++) line += `,${csvField(cells[i] as string)}`;
  return `${line}\n`;
}
