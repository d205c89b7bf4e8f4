import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, COALESCE_MS, hasUnexportedChanges, initialState, reduce, resumable, type EditorEvent, type EditorState } from '../src/state/editorState';
import { formatJson } from '../src/state/text';

const base = { id: 'r', title: { zh: '标题' }, sections: [] as unknown[] };
const run = (events: EditorEvent[], s: EditorState = initialState(base)) => events.reduce(reduce, s);

describe('editor state', () => {
  it('a form edit updates the document and the JSON text together', () => {
    const s = run([{ type: 'set', path: ['title', 'en'], value: 'Title', at: 0 }]);
    expect(s.doc).toEqual({ ...base, title: { zh: '标题', en: 'Title' } });
    expect(JSON.parse(s.text)).toEqual(s.doc);
    expect(s.syntax).toBeNull();
  });

  it('a valid JSON edit updates the document the form shows', () => {
    const text = formatJson({ ...base, id: 'other' });
    const s = run([{ type: 'text', text, at: 0 }]);
    expect((s.doc as { id: string }).id).toBe('other');
    expect(s.text).toBe(text);
  });

  it('invalid JSON keeps the last valid document and reports where the text is wrong', () => {
    const s = run([{ type: 'text', text: '{\n  "id": "r",\n  oops\n}', at: 0 }]);
    expect(s.doc).toEqual(base);
    expect(s.syntax).not.toBeNull();
    expect(s.syntax?.line).toBe(3);
    // a form edit after that rewrites the text from the last valid document
    const t = reduce(s, { type: 'set', path: ['id'], value: 'fixed', at: 5000 });
    expect(t.syntax).toBeNull();
    expect(JSON.parse(t.text).id).toBe('fixed');
  });

  it('one history covers form and JSON edits, in order', () => {
    const s = run([
      { type: 'set', path: ['id'], value: 'a', at: 0 },
      { type: 'text', text: formatJson({ ...base, id: 'b' }), at: 2000 },
      { type: 'set', path: ['id'], value: 'c', at: 4000 },
    ]);
    const u1 = reduce(s, { type: 'undo' });
    expect((u1.doc as { id: string }).id).toBe('b');
    const u2 = reduce(u1, { type: 'undo' });
    expect((u2.doc as { id: string }).id).toBe('a');
    const r1 = reduce(u2, { type: 'redo' });
    expect((r1.doc as { id: string }).id).toBe('b');
    expect(canRedo(r1)).toBe(true);
    const u3 = reduce(reduce(r1, { type: 'undo' }), { type: 'undo' });
    expect(u3.doc).toEqual(base);
    expect(canUndo(u3)).toBe(false);
  });

  it('undo restores invalid text too, still keeping the last valid document', () => {
    const s = run([
      { type: 'text', text: '{ broken', at: 0 },
      { type: 'text', text: formatJson({ ...base, id: 'x' }), at: 5000 },
    ]);
    const u = reduce(s, { type: 'undo' });
    expect(u.text).toBe('{ broken');
    expect(u.syntax).not.toBeNull();
    expect(u.doc).toEqual(base);
  });

  it('typing in one field is one undo step; a pause or another field starts a new one', () => {
    const s = run([
      { type: 'set', path: ['id'], value: 'a', at: 0 },
      { type: 'set', path: ['id'], value: 'ab', at: 100 },
      { type: 'set', path: ['id'], value: 'abc', at: 200 },
      { type: 'set', path: ['title', 'zh'], value: '新', at: 300 },
      { type: 'set', path: ['title', 'zh'], value: '新的', at: 300 + COALESCE_MS + 1 },
    ]);
    expect(s.past).toHaveLength(3);
    const u = reduce(reduce(s, { type: 'undo' }), { type: 'undo' });
    expect((u.doc as { id: string }).id).toBe('abc');
    expect(reduce(u, { type: 'undo' }).doc).toEqual(base);
  });

  it('a new edit after undo drops the redo branch', () => {
    const s = run([
      { type: 'set', path: ['id'], value: 'a', at: 0 },
      { type: 'undo' },
      { type: 'set', path: ['id'], value: 'z', at: 5000 },
    ]);
    expect(canRedo(s)).toBe(false);
  });

  it('insert, move and remove edit arrays immutably', () => {
    const s0 = initialState(base);
    const s = run(
      [
        { type: 'insert', path: ['sections'], value: { id: 'a' }, at: 0 },
        { type: 'insert', path: ['sections'], value: { id: 'b' }, at: 1 },
        { type: 'move', path: ['sections'], from: 1, to: 0, at: 2 },
      ],
      s0,
    );
    expect(s.doc).toEqual({ ...base, sections: [{ id: 'b' }, { id: 'a' }] });
    expect(s0.doc).toEqual(base);
    const r = reduce(s, { type: 'remove', path: ['sections'], index: 0, at: 3 });
    expect((r.doc as typeof base).sections).toEqual([{ id: 'a' }]);
  });

  it('tracks changes not yet exported', () => {
    const s = run([{ type: 'set', path: ['id'], value: 'a', at: 0 }]);
    expect(hasUnexportedChanges(s)).toBe(true);
    expect(hasUnexportedChanges(reduce(s, { type: 'exported' }))).toBe(false);
  });

  it('an edit that changes nothing records nothing', () => {
    const s0 = initialState(base);
    expect(reduce(s0, { type: 'set', path: ['id'], value: 'r', at: 0 })).toBe(s0);
  });
});

describe('resuming after the editor reloads itself', () => {
  it('keeps the document, the invalid text and the whole history', () => {
    const s = [
      { type: 'set', path: ['id'], value: 'a', at: 0 },
      { type: 'text', text: '{ oops', at: 5000 },
    ].reduce((st, e) => reduce(st, e as EditorEvent), initialState(base));
    const resumed = reduce(initialState({}), { type: 'resume', state: JSON.parse(JSON.stringify(resumable(s))) });
    expect(resumed.doc).toEqual(s.doc);
    expect(resumed.syntax).not.toBeNull();
    expect(reduce(reduce(resumed, { type: 'undo' }), { type: 'undo' }).doc).toEqual(base);
  });
});
