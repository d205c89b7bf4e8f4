/**
 * Rubric text is untrusted: no raw HTML, and no links or images (brackets escaped), so a label
 * cannot make the README load or point anywhere.
 */
function neutral(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([[\]])/g, '\\$1');
}

/** Text safe inside a Markdown table cell: pipes escaped, line breaks as <br>. */
export function cell(text: string): string {
  return neutral(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Text safe as a Markdown paragraph or heading. */
export function inline(text: string): string {
  return neutral(text).replace(/\r?\n/g, ' ');
}

/** A Markdown table; cells are escaped here. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Numbers as people write them: JavaScript's shortest form (no trailing zeros, no exponent for table values). */
export function num(n: number): string {
  return String(n);
}

function decimals(n: number): number {
  const text = String(n);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Sum of decimals without float drift (0.1 + 0.2 is 0.3): added as integers of the finest unit. */
export function exactSum(values: readonly number[]): number {
  const d = Math.min(15, Math.max(0, ...values.map(decimals)));
  const unit = 10 ** d;
  return values.reduce((sum, v) => sum + Math.round(v * unit), 0) / unit;
}
