import { insertAt, moveAt, removeAt, setAt, type JsonPath } from './paths';
import { formatJson, parseText, type SyntaxProblem } from './text';

/**
 * The editor's document state and its one undo/redo history, shared by the form and the JSON view.
 * A pure reducer: every transition is a function of the state and the event, so it is tested
 * without a browser and the same events always give the same state.
 */

/** What undo and redo move between: the last valid document and the text shown for it. */
export interface Snapshot {
  /** The last document that parsed; the form edits it. Invalid JSON text never replaces it. */
  doc: unknown;
  /** The JSON view's text; may be invalid while someone is typing. */
  text: string;
}

export interface EditorState extends Snapshot {
  /** The JSON syntax problem of `text`, or null when `text` parses to `doc`. */
  syntax: SyntaxProblem | null;
  past: Snapshot[];
  future: Snapshot[];
  /** Coalescing key and time of the last recorded edit: typing in one field is one undo step. */
  lastEdit: { key: string; at: number } | null;
  /** Increases on every change of `doc` or `text`; used for autosave and "unexported changes". */
  revision: number;
  /** The revision last saved to a file or exported; null when never. */
  exportedRevision: number | null;
  /** Where the document came from, for the title bar: a fixture name, a file name, or a draft. */
  origin: string | null;
}

export type EditorEvent =
  | { type: 'load'; doc: unknown; origin: string | null }
  | { type: 'restore'; doc: unknown; text: string; origin: string | null; exported: boolean }
  | { type: 'resume'; state: ResumableState }
  | { type: 'set'; path: JsonPath; value: unknown; at: number; coalesce?: boolean }
  | { type: 'insert'; path: JsonPath; value: unknown; index?: number; at: number }
  | { type: 'remove'; path: JsonPath; index: number; at: number }
  | { type: 'move'; path: JsonPath; from: number; to: number; at: number }
  | { type: 'replace'; doc: unknown; at: number }
  | { type: 'text'; text: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'exported' };

/** What survives a page reload made by the editor itself (e.g. to switch Monaco's language). */
export type ResumableState = Pick<EditorState, 'doc' | 'text' | 'past' | 'future' | 'revision' | 'exportedRevision' | 'origin'>;

/** The part of the state to hand over across a reload. */
export function resumable(s: EditorState): ResumableState {
  return { doc: s.doc, text: s.text, past: s.past, future: s.future, revision: s.revision, exportedRevision: s.exportedRevision, origin: s.origin };
}

/** Edits of the same field (or JSON typing) closer together than this are one undo step. */
export const COALESCE_MS = 800;
/** History is bounded so a long session cannot exhaust memory. */
export const HISTORY_LIMIT = 300;

export function initialState(doc: unknown, origin: string | null = null): EditorState {
  return {
    doc,
    text: formatJson(doc),
    syntax: null,
    past: [],
    future: [],
    lastEdit: null,
    revision: 0,
    exportedRevision: 0,
    origin,
  };
}

function snapshot(state: EditorState): Snapshot {
  return { doc: state.doc, text: state.text };
}

/** Record `next` as a new step, or fold it into the previous step when it continues the same edit. */
function record(state: EditorState, next: Snapshot, key: string | null, at: number): EditorState {
  if (next.doc === state.doc && next.text === state.text) return state;
  const continues =
    key !== null && state.lastEdit !== null && state.lastEdit.key === key && at - state.lastEdit.at < COALESCE_MS && state.past.length > 0;
  const past = continues ? state.past : [...state.past, snapshot(state)].slice(-HISTORY_LIMIT);
  return {
    ...state,
    doc: next.doc,
    text: next.text,
    past,
    future: [],
    lastEdit: key === null ? null : { key, at },
    revision: state.revision + 1,
  };
}

function fromDoc(state: EditorState, doc: unknown, key: string | null, at: number): EditorState {
  const text = formatJson(doc);
  // a change that leaves the JSON identical is no change (e.g. retyping the same value)
  if (text === state.text && state.syntax === null) return state;
  const next = record(state, { doc, text }, key, at);
  return next === state ? state : { ...next, syntax: null };
}

export function reduce(state: EditorState, event: EditorEvent): EditorState {
  switch (event.type) {
    case 'load':
      return initialState(event.doc, event.origin);
    case 'restore': {
      const parsed = parseText(event.text);
      return {
        ...initialState(event.doc, event.origin),
        text: event.text,
        syntax: parsed.ok ? null : parsed.error,
        revision: 1,
        exportedRevision: event.exported ? 1 : null,
      };
    }
    case 'resume': {
      const parsed = parseText(event.state.text);
      return { ...event.state, syntax: parsed.ok ? null : parsed.error, lastEdit: null };
    }
    case 'set':
      return fromDoc(state, setAt(state.doc, event.path, event.value), event.coalesce === false ? null : `set:${event.path.join('.')}`, event.at);
    case 'insert':
      return fromDoc(state, insertAt(state.doc, event.path, event.value, event.index), null, event.at);
    case 'remove':
      return fromDoc(state, removeAt(state.doc, event.path, event.index), null, event.at);
    case 'move':
      return fromDoc(state, moveAt(state.doc, event.path, event.from, event.to), null, event.at);
    case 'replace':
      return fromDoc(state, event.doc, null, event.at);
    case 'text': {
      if (event.text === state.text) return state;
      const parsed = parseText(event.text);
      const doc = parsed.ok ? parsed.value : state.doc;
      const next = record(state, { doc, text: event.text }, 'text', event.at);
      return { ...next, syntax: parsed.ok ? null : parsed.error };
    }
    case 'undo': {
      const prev = state.past[state.past.length - 1];
      if (!prev) return state;
      return restoreSnapshot(state, prev, state.past.slice(0, -1), [snapshot(state), ...state.future]);
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return restoreSnapshot(state, next, [...state.past, snapshot(state)], state.future.slice(1));
    }
    case 'exported':
      return { ...state, exportedRevision: state.revision };
  }
}

function restoreSnapshot(state: EditorState, snap: Snapshot, past: Snapshot[], future: Snapshot[]): EditorState {
  const parsed = parseText(snap.text);
  return {
    ...state,
    doc: snap.doc,
    text: snap.text,
    syntax: parsed.ok ? null : parsed.error,
    past,
    future,
    lastEdit: null,
    revision: state.revision + 1,
  };
}

export const canUndo = (s: EditorState): boolean => s.past.length > 0;
export const canRedo = (s: EditorState): boolean => s.future.length > 0;
/** True when the document changed since it was last saved to a file or exported. */
export const hasUnexportedChanges = (s: EditorState): boolean => s.exportedRevision !== s.revision;
