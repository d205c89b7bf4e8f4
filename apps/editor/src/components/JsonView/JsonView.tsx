import type * as Monaco from 'monaco-editor';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/EditorContext';
import { rubricJsonSchema } from '@rubricate/core';
import type { Lang } from '../../i18n';
import { loadMonaco, setMonacoLanguage, type MonacoApi } from '../../monaco/loadMonaco';
import type { JsonPath } from '../../state/paths';

export interface JsonViewHandle {
  /** Put the cursor on the JSON of `path` (or its nearest existing parent) and focus the editor. */
  reveal(path: JsonPath): void;
  /** Put the cursor at a 1-based line and column (e.g. a syntax error). */
  revealPosition(line: number, column: number): void;
}

const MODEL_URI = 'inmemory://rubricate/rubric.json';

/** The offset range of the JSON at `path`, or of its closest existing ancestor. */
export function locate(text: string, path: JsonPath): { offset: number; length: number } | null {
  const root = parseTree(text);
  if (!root) return null;
  for (let n = path.length; n >= 0; n -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
    if (node) {
      const target = node.parent?.type === 'property' ? node.parent : node;
      return { offset: target.offset, length: target.length };
    }
  }
  return null;
}

/**
 * The rubric as JSON in Monaco, validated against the schema generated from the core. Typing
 * sends the text to the shared store; changes from the form or from undo/redo are applied as a
 * minimal edit so the cursor stays put. Monaco's own undo keys drive the shared history.
 */
export const JsonView = forwardRef<JsonViewHandle>(function JsonView(_props, ref) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<MonacoApi | null>(null);
  const applying = useRef(false);
  const [ready, setReady] = useState(false);
  const lang = (i18n.language === 'en' ? 'en' : 'zh') as Lang;

  useImperativeHandle(ref, () => ({
    reveal(path) {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      const loc = locate(model.getValue(), path);
      if (!loc) return;
      const start = model.getPositionAt(loc.offset);
      const end = model.getPositionAt(loc.offset + loc.length);
      editor.setSelection({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
      editor.revealPositionInCenter(start);
      editor.focus();
    },
    revealPosition(line, column) {
      const editor = editorRef.current;
      if (!editor) return;
      editor.setPosition({ lineNumber: line, column });
      editor.revealPositionInCenter({ lineNumber: line, column });
      editor.focus();
    },
  }));

  useEffect(() => {
    let disposed = false;
    let unsubscribe = () => {};
    const disposables: Monaco.IDisposable[] = [];
    void (async () => {
      const monaco = await loadMonaco(lang);
      await setMonacoLanguage(lang);
      if (disposed || !host.current) return;
      monacoRef.current = monaco;
      monaco.json.jsonDefaults.setDiagnosticsOptions({
        validate: true,
        allowComments: false,
        enableSchemaRequest: false,
        schemas: [{ uri: 'inmemory://rubricate/rubric.schema.json', fileMatch: [MODEL_URI], schema: rubricJsonSchema() }],
      });
      const uri = monaco.Uri.parse(MODEL_URI);
      const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(store.getState().text, 'json', uri);
      if (model.getValue() !== store.getState().text) model.setValue(store.getState().text);
      const editor = monaco.editor.create(host.current, {
        model,
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        // full-width Chinese punctuation is normal in labels, not a confusable character
        unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
        ariaLabel: t('json.aria'),
        accessibilitySupport: 'auto',
      });
      editorRef.current = editor;
      // the JSON view's text for automation and assistive tools that cannot read Monaco's canvas
      (window as unknown as { __rubricateJson?: () => string }).__rubricateJson = () => model.getValue();
      // one history for both views: Monaco's own undo stack is never used
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => store.send({ type: 'undo' }));
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => store.send({ type: 'redo' }));
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => store.send({ type: 'redo' }));
      disposables.push(
        model.onDidChangeContent(() => {
          if (applying.current) return;
          store.send({ type: 'text', text: model.getValue(), at: Date.now() });
        }),
      );
      const sync = () => {
        const text = store.getState().text;
        const current = model.getValue();
        if (text === current) return;
        applying.current = true;
        try {
          model.applyEdits([minimalEdit(model, current, text)]);
        } finally {
          applying.current = false;
        }
      };
      unsubscribe = store.subscribe(sync);
      sync();
      setReady(true);
    })();
    return () => {
      disposed = true;
      unsubscribe();
      for (const d of disposables) d.dispose();
      editorRef.current?.dispose();
      editorRef.current = null;
      setReady(false);
    };
    // re-created when the language changes, so Monaco's widgets use the new message table
  }, [store, lang, t]);

  return (
    <section className="json-view" aria-label={t('json.title')}>
      {!ready ? <p className="hint">{t('json.loading')}</p> : null}
      <div ref={host} className="monaco-host" data-testid="json-editor" />
    </section>
  );
});

/** One edit replacing only the part of `from` that differs from `to`. */
function minimalEdit(model: Monaco.editor.ITextModel, from: string, to: string): Monaco.editor.IIdentifiedSingleEditOperation {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start += 1;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom -= 1;
    endTo -= 1;
  }
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(endFrom);
  return {
    range: { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column },
    text: to.slice(start, endTo),
    forceMoveMarkers: true,
  };
}
