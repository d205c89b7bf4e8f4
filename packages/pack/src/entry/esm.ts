import { jsString } from '../js-literal.js';
import { FREEZE_SOURCE } from './freeze-source.js';
import type { EntryInput } from './input.js';

/**
 * index.js (ESM). The rubric is embedded as a JSON string and parsed: JSON.parse keeps a key such
 * as "__proto__" an ordinary property, where an object literal would set the prototype.
 */
export function esmEntry({ json, id, version, hash, banner }: EntryInput): string {
  return `${banner}
${FREEZE_SOURCE}

/** The rubric, deep-frozen. */
export const rubric = freeze(JSON.parse(${jsString(json)}));
/** The rubric id. */
export const id = ${jsString(id)};
/** The rubric version. */
export const version = ${jsString(version)};
/** sha256 of the rubric's canonical JSON, as in every result's \`rubric.hash\`. */
export const hash = ${jsString(hash)};
`;
}
