import { createStore as createIdbStore, del, get, set } from 'idb-keyval';
import type { ResumableState } from '../state/editorState';

/**
 * Drafts are kept in IndexedDB (idb-keyval): written shortly after every change, read back on the
 * next visit, so closing the tab or a crash never loses work.
 */
const db = () => createIdbStore('rubricate-editor', 'drafts');

export interface Draft {
  doc: unknown;
  text: string;
  origin: string | null;
  /** True when the draft had no changes beyond what was last saved to a file. */
  exported: boolean;
  savedAt: string;
}

const DRAFT_KEY = 'draft';

export async function loadDraft(): Promise<Draft | undefined> {
  try {
    return await get<Draft>(DRAFT_KEY, db());
  } catch {
    return undefined;
  }
}

export async function saveDraft(draft: Draft): Promise<void> {
  await set(DRAFT_KEY, draft, db());
}

export async function clearDraft(): Promise<void> {
  await del(DRAFT_KEY, db());
}

/** A version kept when the author bumps the version, for comparing later. */
export interface SavedVersion {
  version: string;
  savedAt: string;
  doc: unknown;
}

const versionsKey = (rubricId: string) => `versions:${rubricId}`;

export async function loadVersions(rubricId: string): Promise<SavedVersion[]> {
  try {
    return (await get<SavedVersion[]>(versionsKey(rubricId), db())) ?? [];
  } catch {
    return [];
  }
}

export async function addVersion(rubricId: string, v: SavedVersion): Promise<SavedVersion[]> {
  const list = (await loadVersions(rubricId)).filter((x) => x.version !== v.version);
  const next = [...list, v].slice(-50);
  await set(versionsKey(rubricId), next, db());
  return next;
}

const HANDOVER_KEY = 'handover';
let reloading = false;

/**
 * Keep the whole editor state, undo history included, for the page that replaces this one, then
 * reload. Used to switch Monaco's language, whose messages are fixed when its modules load.
 */
export async function reloadKeepingState(state: ResumableState): Promise<void> {
  await set(HANDOVER_KEY, state, db());
  reloading = true;
  window.location.reload();
}

/** True while the editor itself is reloading the page (no "unsaved changes" warning then). */
export function isReloadingItself(): boolean {
  return reloading;
}

/** The state handed over by {@link reloadKeepingState}, once; undefined otherwise. */
export async function takeHandover(): Promise<ResumableState | undefined> {
  try {
    const state = await get<ResumableState>(HANDOVER_KEY, db());
    if (state) await del(HANDOVER_KEY, db());
    return state;
  } catch {
    return undefined;
  }
}
