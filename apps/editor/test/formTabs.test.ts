import { describe, expect, it } from 'vitest';
import { tabForPath } from '../src/components/FormView/FormView';

describe('problems lead to the right form tab', () => {
  it('maps top-level keys to tabs', () => {
    expect(tabForPath(['sections', 0, 'indicators', 2, 'points', 'fact'])).toBe('sections');
    expect(tabForPath(['adjustmentGroups', 0])).toBe('adjustments');
    expect(tabForPath(['conditions', 'low'])).toBe('gates');
    expect(tabForPath(['history', 0, 'levels'])).toBe('outcomes');
    expect(tabForPath(['scale', 'precision'])).toBe('identity');
    expect(tabForPath([])).toBe('identity');
  });
});
