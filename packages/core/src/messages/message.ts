/** Quotes a user value for a message: strings in quotes, the rest as JSON, cut to a readable length. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `"${value}"`;
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
