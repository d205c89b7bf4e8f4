import { describe, expect, it } from 'vitest';
import { itemKeys } from '../src/components/SortableList/SortableList';

describe('keys of a sortable list', () => {
  it('follow an item when it moves, tell repeated ids apart and fall back to positions', () => {
    expect(itemKeys([{ id: 'a' }, { id: 'b' }, { id: 'a' }, {}, null])).toEqual(['a#0', 'b#0', 'a#1', '#3', '#4']);
    // after moving b to the front, a and b keep their keys
    expect(itemKeys([{ id: 'b' }, { id: 'a' }])).toEqual(['b#0', 'a#0']);
  });
});
