export { parseJson, type ParseJsonResult } from './parse-json.js';
export { checkJsonValue } from './check-value.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, FORBIDDEN_KEYS, type JsonLimits } from './limits.js';
