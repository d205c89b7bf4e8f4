import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.js';

/** sha256 (hex) of the rubric's canonical JSON: the same rubric hashes the same whatever its key order. */
export function rubricHash(rubric: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rubric))));
}
