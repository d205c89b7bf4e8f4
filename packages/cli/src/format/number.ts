/**
 * Prints a score as the core computed it. Core scores are exact decimals held in doubles (92.5, 0.3),
 * and JavaScript prints such a double as its shortest round-trip text, so no rounding is added here.
 */
export function formatPoints(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** A signed amount: +3, −5, 0. */
export function formatAmount(value: number): string {
  if (value > 0) return `+${formatPoints(value)}`;
  if (value < 0) return `−${formatPoints(-value)}`;
  return '0';
}
