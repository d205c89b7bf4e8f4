import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckProvider } from './app/CheckContext';
import { createEditorStore, EditorProvider } from './app/EditorContext';
import { loadDraft, takeHandover } from './app/persistence';
import { App } from './components/App/App';
import { initI18n } from './i18n';
import { blankRubric } from './state/blank';
import './styles.css';

async function start() {
  const i18n = initI18n();
  document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const store = createEditorStore(blankRubric());
  // a reload the editor made itself (language switch) resumes exactly, history included
  const handover = await takeHandover();
  const draft = handover ? undefined : await loadDraft();
  if (handover) store.send({ type: 'resume', state: handover });
  else if (draft) store.send({ type: 'restore', doc: draft.doc, text: draft.text, origin: draft.origin, exported: draft.exported });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EditorProvider store={store}>
        <CheckProvider>
          <App restoredAt={draft?.savedAt ?? null} />
        </CheckProvider>
      </EditorProvider>
    </StrictMode>,
  );
}

void start();
