import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { Rubric } from '../schema/rubric.js';
import { normaliseRubric } from '../validate/normalise.js';
import { canonicalJson } from './canonical-json.js';

/**
 * sha256 (hex) of the rubric's canonical JSON. A valid rubric is normalised first and its `$schema`
 * pointer left out, so a file, its parsed form and `validateRubric`'s output all hash alike: the
 * hash names what the rubric does, not how its file was written.
 */
export function rubricHash(rubric: unknown): string {
  const parsed = Rubric.safeParse(rubric);
  let value: unknown = rubric;
  if (parsed.success) {
    const { $schema: _ignored, ...rest } = normaliseRubric(parsed.data);
    value = rest;
  }
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
