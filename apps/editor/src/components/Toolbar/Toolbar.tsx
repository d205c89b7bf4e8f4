import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useStore } from '../../app/EditorContext';
import { download } from '../../app/download';
import { FIXTURES } from '../../app/fixtures';
import { pick } from '../../i18n';
import { blankRubric } from '../../state/blank';
import { canRedo, canUndo, hasUnexportedChanges } from '../../state/editorState';
import { parseText } from '../../state/text';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch';

/** New / open / save, start from a fixture, undo / redo, language. */
export function Toolbar() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const undo = useEditor(canUndo);
  const redo = useEditor(canRedo);
  const dirty = useEditor(hasUnexportedChanges);
  const title = useEditor((s) => (s.doc as { title?: { zh?: string; en?: string } } | null)?.title);
  const version = useEditor((s) => (s.doc as { version?: string } | null)?.version);
  const origin = useEditor((s) => s.origin);
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  const confirmDiscard = () => !hasUnexportedChanges(store.getState()) || window.confirm(t('toolbar.confirmDiscard'));

  const openFile = async (file: File) => {
    const parsed = parseText(await file.text());
    if (!parsed.ok) {
      setMessage(t('toolbar.openFailed', { name: file.name, line: parsed.error.line, column: parsed.error.column }));
      return;
    }
    store.send({ type: 'load', doc: parsed.value, origin: file.name });
    setMessage(t('toolbar.opened', { name: file.name }));
  };

  const save = () => {
    const s = store.getState();
    const doc = s.doc as { id?: string; version?: string };
    download(`${doc.id ?? 'rubric'}-${doc.version ?? ''}.json`, s.text, 'application/json');
    store.send({ type: 'exported' });
    setMessage(t('toolbar.saved'));
  };

  return (
    <header className="toolbar">
      <h1 className="app-name">{t('app.name')}</h1>
      <span className="doc-title" data-testid="doc-title">
        {pick(title, i18n.language) || t('app.untitled')} {version ? <span className="version">v{version}</span> : null}
        {dirty ? (
          <span className="dirty" title={t('toolbar.unexported')} aria-label={t('toolbar.unexported')}>
            ●
          </span>
        ) : null}
      </span>
      <div className="toolbar-actions" role="toolbar" aria-label={t('toolbar.label')}>
        <button type="button" onClick={() => confirmDiscard() && store.send({ type: 'load', doc: blankRubric(), origin: null })}>
          {t('toolbar.new')}
        </button>
        <label className="field inline">
          <span className="visually-hidden">{t('toolbar.fixture')}</span>
          <select
            aria-label={t('toolbar.fixture')}
            data-testid="fixture-select"
            value=""
            onChange={async (e) => {
              const f = FIXTURES.find((x) => x.name === e.target.value);
              if (f && confirmDiscard()) {
                store.send({ type: 'load', doc: await f.load(), origin: f.name });
                setMessage(t('toolbar.opened', { name: f.name }));
              }
            }}
          >
            <option value="">{t('toolbar.fixture')}</option>
            {FIXTURES.map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => confirmDiscard() && fileInput.current?.click()}>
          {t('toolbar.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={save}>
          {t('toolbar.save')}
        </button>
        <button type="button" onClick={() => store.send({ type: 'undo' })} disabled={!undo} aria-keyshortcuts="Control+Z" data-testid="undo">
          ↶ {t('toolbar.undo')}
        </button>
        <button type="button" onClick={() => store.send({ type: 'redo' })} disabled={!redo} aria-keyshortcuts="Control+Shift+Z" data-testid="redo">
          ↷ {t('toolbar.redo')}
        </button>
        <LanguageSwitch />
      </div>
      <p className="toolbar-message" role="status" aria-live="polite">
        {message ?? (origin ? t('toolbar.from', { name: origin }) : '')}
      </p>
    </header>
  );
}
