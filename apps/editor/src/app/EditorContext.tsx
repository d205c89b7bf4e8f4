import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { initialState, reduce, type EditorEvent, type EditorState } from '../state/editorState';
import { getAt, type JsonPath } from '../state/paths';
import { createStore, type Store } from '../state/store';

export type EditorStore = Store<EditorState, EditorEvent>;

export function createEditorStore(doc: unknown, origin: string | null = null): EditorStore {
  return createStore(reduce, initialState(doc, origin));
}

const Ctx = createContext<EditorStore | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <Ctx.Provider value={store}>{children}</Ctx.Provider>;
}

export function useStore(): EditorStore {
  const store = useContext(Ctx);
  if (!store) throw new Error('EditorProvider missing');
  return store;
}

/** Subscribe to a slice of the editor state. */
export function useEditor<T>(select: (s: EditorState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** The value at `path` in the current document. */
export function useValue<T = unknown>(path: JsonPath): T | undefined {
  return useEditor((s) => getAt(s.doc, path) as T | undefined);
}

/** The edit operations the form uses; every one is one (coalesced) step of the shared history. */
export interface Edits {
  set(path: JsonPath, value: unknown, coalesce?: boolean): void;
  insert(path: JsonPath, value: unknown, index?: number): void;
  remove(path: JsonPath, index: number): void;
  move(path: JsonPath, from: number, to: number): void;
  undo(): void;
  redo(): void;
}

export function useEdits(): Edits {
  const store = useStore();
  return useMemo(
    () => ({
      set: (path, value, coalesce) => store.send({ type: 'set', path, value, at: Date.now(), coalesce }),
      insert: (path, value, index) => store.send({ type: 'insert', path, value, index, at: Date.now() }),
      remove: (path, index) => store.send({ type: 'remove', path, index, at: Date.now() }),
      move: (path, from, to) => store.send({ type: 'move', path, from, to, at: Date.now() }),
      undo: () => store.send({ type: 'undo' }),
      redo: () => store.send({ type: 'redo' }),
    }),
    [store],
  );
}
