/**
 * A string as a JavaScript string literal. JSON.stringify escapes quotes, backslashes and control
 * characters; U+2028/U+2029 are escaped too so the output is safe in any JavaScript parser.
 */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A key usable bare in an object type, or quoted. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : jsString(key);
}

/** Text inside a JSDoc comment: nothing in it can close the comment. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r?\n/g, ' ');
}
