import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { useEditor, useStore } from '../../app/EditorContext';
import { focusPath } from '../../app/fieldId';
import { isReloadingItself, saveDraft } from '../../app/persistence';
import { hasUnexportedChanges } from '../../state/editorState';
import type { JsonPath } from '../../state/paths';
import { CohortSimulation } from '../CohortSimulation/CohortSimulation';
import { FormView, tabForPath, type FormTab } from '../FormView/FormView';
import { JsonView, type JsonViewHandle } from '../JsonView/JsonView';
import { ProblemsPanel } from '../ProblemsPanel/ProblemsPanel';
import { ScoringTable } from '../ScoringTable/ScoringTable';
import { Toolbar } from '../Toolbar/Toolbar';
import { TryIt } from '../TryIt/TryIt';
import { VersionsPanel } from '../VersionsPanel/VersionsPanel';

export const MAIN_TABS = ['edit', 'try', 'cohort', 'versions', 'print'] as const;
export type MainTab = (typeof MAIN_TABS)[number];

/** Drafts are written this long after the last change. */
const AUTOSAVE_MS = 400;

export interface AppProps {
  /** Shown once when a draft from an earlier visit was restored. */
  restoredAt?: string | null;
}

/** Writes the draft to IndexedDB shortly after each change (its own component, so a keystroke
 * re-renders only what shows the change, not the whole app). */
function Autosave() {
  const store = useStore();
  const revision = useEditor((s) => s.revision);
  useEffect(() => {
    if (revision === 0) return;
    const handle = setTimeout(() => {
      const s = store.getState();
      void saveDraft({ doc: s.doc, text: s.text, origin: s.origin, exported: !hasUnexportedChanges(s), savedAt: new Date().toISOString() }).then(() => {
        document.body.dataset.draftRevision = String(s.revision);
      });
    }, AUTOSAVE_MS);
    return () => clearTimeout(handle);
  }, [revision, store]);
  return null;
}

/** The red dot on the Edit tab while the rubric or its JSON has an error. */
function ErrorDot() {
  const { t } = useTranslation();
  const { issues } = useCheck();
  const syntax = useEditor((s) => s.syntax !== null);
  return issues.some((i) => i.severity === 'error') || syntax ? <span className="err-dot" aria-label={t('problems.hasErrors')} /> : null;
}

/** The problems panel fed by the current check and the JSON syntax problem. */
function Problems({ onPick, onPickSyntax }: { onPick: (path: JsonPath) => void; onPickSyntax: (line: number, column: number) => void }) {
  const { issues } = useCheck();
  const syntax = useEditor((s) => s.syntax);
  return <ProblemsPanel issues={issues} syntax={syntax} onPick={onPick} onPickSyntax={onPickSyntax} />;
}

/** The editor: toolbar, main tabs, and on the edit tab the form, the JSON view and the problems. */
export function App({ restoredAt = null }: AppProps) {
  const { t } = useTranslation();
  const store = useStore();
  const [tab, setTab] = useState<MainTab>('edit');
  const [formTab, setFormTab] = useState<FormTab>('identity');
  const [banner, setBanner] = useState<string | null>(restoredAt);
  const json = useRef<JsonViewHandle>(null);

  // warn before leaving with changes not saved to a file
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (isReloadingItself() || !hasUnexportedChanges(store.getState())) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y everywhere outside Monaco drive the one shared history
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('.monaco-editor')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        store.send({ type: 'undo' });
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        store.send({ type: 'redo' });
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);

  const pickPath = useCallback((path: JsonPath) => {
    setTab('edit');
    setFormTab(tabForPath(path));
    // after the tab has rendered
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        json.current?.reveal(path);
        focusPath(path);
      }),
    );
  }, []);

  const pickSyntax = useCallback((line: number, column: number) => {
    setTab('edit');
    json.current?.revealPosition(line, column);
  }, []);

  return (
    <div className="app">
      <Autosave />
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Toolbar />
      {banner ? (
        <div className="banner" role="status" data-testid="restored-banner">
          {t('app.restored', { time: new Date(banner).toLocaleString() })}
          <button type="button" onClick={() => setBanner(null)} aria-label={t('common.close')}>
            ✕
          </button>
        </div>
      ) : null}
      <nav role="tablist" aria-label={t('app.views')} className="main-tabs">
        {MAIN_TABS.map((id) => (
          <button key={id} role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls="main" onClick={() => setTab(id)}>
            {t(`app.tabs.${id}`)}
            {id === 'edit' ? <ErrorDot /> : null}
          </button>
        ))}
      </nav>
      <main id="main" role="tabpanel" aria-labelledby={`tab-${tab}`} className={`main main-${tab}`}>
        {/* the edit tab stays mounted so Monaco keeps its state while other tabs are open */}
        <div className="edit-grid" hidden={tab !== 'edit'}>
          <FormView tab={formTab} onTab={setFormTab} />
          <JsonView ref={json} />
          <Problems onPick={pickPath} onPickSyntax={pickSyntax} />
        </div>
        {tab === 'try' ? <TryIt /> : null}
        <div hidden={tab !== 'cohort'}>
          <CohortSimulation active={tab === 'cohort'} />
        </div>
        {tab === 'versions' ? <VersionsPanel /> : null}
        {tab === 'print' ? <ScoringTable /> : null}
      </main>
    </div>
  );
}
