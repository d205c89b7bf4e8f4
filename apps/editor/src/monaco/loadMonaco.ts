/**
 * Loads Monaco from the app bundle (no CDN): the editor and JSON workers come from Vite `?worker`
 * imports, and Monaco's own messages from its ESM NLS tables. Monaco reads
 * `globalThis._VSCODE_NLS_MESSAGES`, mostly while its modules load, so the table of the UI
 * language must be in place before the editor module is imported. That is why switching language
 * reloads the page (keeping the state, see LanguageSwitch); strings Monaco builds later follow the
 * table swapped in by {@link setMonacoLanguage} even without a reload.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker.js?worker';
import type { Lang } from '../i18n';

export type MonacoApi = typeof import('./monacoJson');

interface NlsGlobal {
  _VSCODE_NLS_MESSAGES?: string[];
  _VSCODE_NLS_LANGUAGE?: string;
  MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
}

const g = globalThis as unknown as NlsGlobal;
let zhMessages: string[] | undefined;
let loading: Promise<MonacoApi> | undefined;

async function loadChineseMessages(): Promise<string[] | undefined> {
  if (!zhMessages) {
    const before = g._VSCODE_NLS_MESSAGES;
    await import('monaco-editor/nls/lang/zh-cn.js');
    zhMessages = g._VSCODE_NLS_MESSAGES;
    g._VSCODE_NLS_MESSAGES = before;
  }
  return zhMessages;
}

/** Put Monaco's message table for `lang` in place (English is Monaco's built-in fallback). */
export async function setMonacoLanguage(lang: Lang): Promise<void> {
  if (lang === 'zh') {
    g._VSCODE_NLS_MESSAGES = await loadChineseMessages();
    g._VSCODE_NLS_LANGUAGE = 'zh-cn';
  } else {
    g._VSCODE_NLS_MESSAGES = undefined;
    g._VSCODE_NLS_LANGUAGE = 'en';
  }
}

export function loadMonaco(lang: Lang): Promise<MonacoApi> {
  loading ??= (async () => {
    await setMonacoLanguage(lang);
    g.MonacoEnvironment = {
      getWorker: (_id, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
    };
    return import('./monacoJson');
  })();
  return loading;
}
