export { canonicalJson } from './canonical-json.js';
export { compareCodePoints } from './compare.js';
export { rubricHash } from './rubric-hash.js';
