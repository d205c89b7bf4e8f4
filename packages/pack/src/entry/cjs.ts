import { jsString } from '../js-literal.js';
import { FREEZE_SOURCE } from './freeze-source.js';
import type { EntryInput } from './input.js';

/** index.cjs (CommonJS), the same exports as index.js. */
export function cjsEntry({ json, id, version, hash, banner }: EntryInput): string {
  return `${banner}
'use strict';
${FREEZE_SOURCE}

exports.rubric = freeze(JSON.parse(${jsString(json)}));
exports.id = ${jsString(id)};
exports.version = ${jsString(version)};
exports.hash = ${jsString(hash)};
`;
}
