/**
 * The deep-freeze helper written into the generated entry points: the published rubric is data,
 * and a caller must not be able to change it for everyone else in the same process.
 */
export const FREEZE_SOURCE = `function freeze(value) {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze(value[key]);
  }
  return value;
}`;
