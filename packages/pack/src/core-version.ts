/**
 * The @rubricate/core version a generated package asks for as a peer. A test keeps it equal to
 * packages/core/package.json.
 */
export const CORE_VERSION = '0.1.0';

/** The peer range: the same minor below 1.0.0 (where minors may break), the same major after. */
export function corePeerRange(version: string = CORE_VERSION): string {
  return `^${version}`;
}
