import { validateRubric, type Rubric } from '@rubricate/core';
import { diffRubrics, requiredBump, type Bump, type RubricDiff } from '@rubricate/diff';
import semver from 'semver';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { useEdits, useEditor, useStore } from '../../app/EditorContext';
import { download } from '../../app/download';
import { PackageDownload } from '../PackageDownload/PackageDownload';
import { addVersion, loadVersions, type SavedVersion } from '../../app/persistence';
import { pick } from '../../i18n';
import { parseText } from '../../state/text';

const CURRENT = '__current__';

/**
 * Versions: bump the semver version with a change note (written to `changelog`), keep snapshots,
 * compare two versions in words (with @rubricate/diff), export the rubric.
 */
export function VersionsPanel() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { rubric } = useCheck();
  const { set } = useEdits();
  const doc = useEditor((s) => s.doc) as { id?: string; version?: string; changelog?: { version: string; date?: string; note: { zh: string; en?: string } }[] };
  const [saved, setSaved] = useState<SavedVersion[]>([]);
  const [kind, setKind] = useState<'patch' | 'minor' | 'major'>('minor');
  const [noteZh, setNoteZh] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [a, setA] = useState('');
  const [b, setB] = useState(CURRENT);
  const [imported, setImported] = useState<{ name: string; doc: unknown } | null>(null);
  const [status, setStatus] = useState('');
  const rubricId = typeof doc?.id === 'string' ? doc.id : 'rubric';

  useEffect(() => {
    void loadVersions(rubricId).then(setSaved);
  }, [rubricId]);

  const latest = saved[saved.length - 1];
  const suggested: Bump | null = useMemo(() => {
    if (!rubric || !latest) return null;
    const v = validateRubric(latest.doc);
    return v.ok ? requiredBump(v.rubric, rubric) : null;
  }, [rubric, latest]);

  const next = typeof doc?.version === 'string' && semver.valid(doc.version) ? semver.inc(doc.version, kind) : null;

  const bump = async () => {
    if (!next || !noteZh.trim()) return;
    const before = store.getState().doc as { version?: string };
    let list = saved;
    if (typeof before.version === 'string' && !saved.some((s) => s.version === before.version)) {
      list = await addVersion(rubricId, { version: before.version, savedAt: new Date().toISOString(), doc: before });
    }
    const entry = { version: next, date: new Date().toISOString().slice(0, 10), note: noteEn.trim() ? { zh: noteZh.trim(), en: noteEn.trim() } : { zh: noteZh.trim() } };
    const changelog = [entry, ...(Array.isArray(doc.changelog) ? doc.changelog : [])];
    store.send({ type: 'replace', doc: { ...(store.getState().doc as object), version: next, changelog }, at: Date.now() });
    list = await addVersion(rubricId, { version: next, savedAt: new Date().toISOString(), doc: store.getState().doc });
    setSaved(list);
    setNoteZh('');
    setNoteEn('');
    setStatus(t('versions.bumped', { version: next }));
  };

  const docOf = (key: string): unknown =>
    key === CURRENT ? store.getState().doc : key === '__file__' ? imported?.doc : saved.find((s) => s.version === key)?.doc;

  const diff: RubricDiff | { error: string } | null = useMemo(() => {
    if (!a || !b) return null;
    const va = validateRubric(docOf(a));
    const vb = validateRubric(docOf(b));
    if (!va.ok || !vb.ok) return { error: t('versions.invalidSide') };
    return diffRubrics(va.rubric as Rubric, vb.rubric as Rubric);
  }, [a, b, saved, imported, rubric]);

  const options = [
    ...saved.map((s) => ({ value: s.version, label: `v${s.version}（${s.savedAt.slice(0, 10)}）` })),
    { value: CURRENT, label: t('versions.current', { version: doc?.version ?? '' }) },
    ...(imported ? [{ value: '__file__', label: imported.name }] : []),
  ];

  return (
    <div className="versions">
      <section aria-labelledby="bump-title">
        <h2 id="bump-title">{t('versions.bumpTitle')}</h2>
        <p>
          {t('versions.currentVersion')} <strong data-testid="current-version">v{doc?.version}</strong>
          {suggested && suggested !== 'none' && latest ? ` · ${t('versions.suggested', { bump: t(`versions.bumps.${suggested}`), version: latest.version })}` : ''}
        </p>
        <div className="row">
          <fieldset className="field">
            <legend className="field-label">{t('versions.kind')}</legend>
            {(['patch', 'minor', 'major'] as const).map((k) => (
              <label key={k} className="chip">
                <input type="radio" name="bump" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`versions.bumps.${k}`)}
              </label>
            ))}
          </fieldset>
          <label className="field grow">
            <span className="field-label">{t('versions.noteZh')} *</span>
            <input value={noteZh} lang="zh-CN" onChange={(e) => setNoteZh(e.target.value)} />
          </label>
          <label className="field grow">
            <span className="field-label">{t('versions.noteEn')}</span>
            <input value={noteEn} lang="en" onChange={(e) => setNoteEn(e.target.value)} />
          </label>
          <button type="button" disabled={!next || !noteZh.trim()} onClick={() => void bump()}>
            {t('versions.bump', { version: next ?? '?' })}
          </button>
        </div>
        <p role="status">{status}</p>
        <h3>{t('versions.changelog')}</h3>
        <ol className="changelog">
          {(doc?.changelog ?? []).map((c, i) => (
            <li key={i}>
              <strong>v{c.version}</strong> {c.date ?? ''} — {pick(c.note, i18n.language)}
              <button type="button" className="link" onClick={() => set(['changelog'], (doc.changelog ?? []).filter((_, j) => j !== i), false)}>
                {t('common.removeItem', { label: `v${c.version}` })}
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t('versions.compare')}</h2>
        <div className="row">
          <label className="field">
            <span className="field-label">{t('versions.older')}</span>
            <select value={a} onChange={(e) => setA(e.target.value)} data-testid="compare-a">
              <option value="">—</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('versions.newer')}</span>
            <select value={b} onChange={(e) => setB(e.target.value)} data-testid="compare-b">
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('versions.fromFile')}</span>
            <input
              type="file"
              accept=".json"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (!f) return;
                const p = parseText(await f.text());
                if (p.ok) {
                  setImported({ name: f.name, doc: p.value });
                  setA('__file__');
                } else setStatus(t('toolbar.openFailed', { name: f.name, line: p.error.line, column: p.error.column }));
              }}
            />
          </label>
          <button
            type="button"
            onClick={async () => {
              const d = store.getState().doc as { version?: string };
              if (typeof d.version === 'string') setSaved(await addVersion(rubricId, { version: d.version, savedAt: new Date().toISOString(), doc: d }));
            }}
          >
            {t('versions.snapshot')}
          </button>
        </div>
        {diff && 'error' in diff ? <p className="notice">{diff.error}</p> : null}
        {diff && 'changes' in diff ? (
          <div className="diff" data-testid="diff">
            <p>
              {t('versions.diffSummary', { n: diff.changes.length })} · {t('versions.requires', { bump: t(`versions.bumps.${diff.bump}`) })}
            </p>
            <ul>
              {diff.changes.map((c, i) => (
                <li key={i} className={`bump-${c.bump}`}>
                  <span className="badge">{t(`versions.bumps.${c.bump}`)}</span> {pick(c.message, i18n.language)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('versions.export')}</h2>
        <button
          type="button"
          onClick={() => {
            const s = store.getState();
            download(`${rubricId}-${doc?.version ?? ''}.json`, s.text, 'application/json');
            store.send({ type: 'exported' });
          }}
        >
          {t('toolbar.save')}
        </button>
      </section>
      <PackageDownload />
    </div>
  );
}
