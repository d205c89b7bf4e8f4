export { quote } from './message.js';
export { COLLECTION_KINDS, KIND, named } from './kinds.js';
export { formatPath, formatPathShort, locate, describeWhere, type Location } from './path.js';
