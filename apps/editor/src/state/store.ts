/**
 * A minimal external store around a pure reducer (the shape of @xstate/store: state, send,
 * subscribe). React reads it through `useSyncExternalStore`; tests drive the reducer directly.
 */
export interface Store<S, E> {
  getState(): S;
  send(event: E): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S, E>(reducer: (state: S, event: E) => S, initial: S): Store<S, E> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    send(event) {
      const next = reducer(state, event);
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
