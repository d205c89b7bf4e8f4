import type { Rubric } from '@rubricate/core';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/browser';
import writeXlsxFile from 'write-excel-file/browser';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { download } from '../../app/download';
import { SAMPLE_COHORTS } from '../../app/fixtures';
import { levelMoves, type Move } from '../../engine/moved';
import { sampleSubjects, tableToSubjects, type Cell, type ImportProblem, type ImportedSubject } from '../../engine/subjects';
import { pick } from '../../i18n';
import { rowAt, type CohortSummary, type FromWorker, type ToWorker } from '../../workers/protocol';
import CohortWorker from '../../workers/cohort.worker?worker';
import { DistributionChart } from '../DistributionChart/DistributionChart';
import { levelName, TraceTable } from '../TraceTable/TraceTable';
import type { Message, SubjectResult } from '@rubricate/core';

/** Re-scoring waits this long after the last edit, so a burst of typing scores once. */
export const RESCORE_DEBOUNCE_MS = 250;
const PAGE = 200;

/**
 * Score a whole cohort against the rubric being edited: import subjects from CSV or Excel (or make
 * a sample), see the distribution against the quotas, the results with reasons, and, after each
 * edit, which subjects changed level. Export the results as CSV or Excel.
 */
export function CohortSimulation() {
  const { t, i18n } = useTranslation();
  const { rubric } = useCheck();
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const sentAt = useRef(new Map<number, number>());
  const lang = useRef(i18n.language);
  lang.current = i18n.language;
  const [subjects, setSubjects] = useState<ImportedSubject[] | null>(null);
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [summary, setSummary] = useState<CohortSummary | null>(null);
  // the scoring edits are compared with: the first one of this cohort, or the one the user pinned
  const [baseline, setBaseline] = useState<CohortSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [sampleSize, setSampleSize] = useState(1000);
  const [traced, setTraced] = useState<SubjectResult | null>(null);
  const [pending, setPending] = useState(false);
  // reasons are built in the worker only for the rows shown (or every row, for an export)
  const [reasons, setReasons] = useState<{ seq: number; of: Record<string, Message[]> }>({ seq: 0, of: {} });
  const exporting = useRef<((of: Record<string, Message[]>) => void) | null>(null);

  useEffect(() => {
    const w = new CohortWorker();
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'result' && m.summary.seq === seq.current) {
        const started = sentAt.current.get(m.summary.seq);
        const total = started === undefined ? null : performance.now() - started;
        setElapsed(total);
        setPending(false);
        setBaseline((b) => b ?? m.summary);
        setSummary(m.summary);
        setFailure(null);
        // read by the browser test that times a re-score of a large cohort
        (window as unknown as { __rescoreMs?: number }).__rescoreMs = total ?? undefined;
      } else if (m.type === 'reasons' && m.seq === seq.current) {
        setReasons((r) => ({ seq: m.seq, of: r.seq === m.seq ? { ...r.of, ...m.reasons } : m.reasons }));
        if (m.all && exporting.current) {
          exporting.current(m.reasons);
          exporting.current = null;
        }
      } else if (m.type === 'trace') {
        setTraced(m.result);
      } else if (m.type === 'failed' && m.seq === seq.current) {
        setFailure(pick(m.message, lang.current));
        setPending(false);
      }
    };
    worker.current = w;
    return () => w.terminate();
  }, []);

  const send = (m: ToWorker) => worker.current?.postMessage(m);

  useEffect(() => {
    if (!subjects) return;
    send({ type: 'subjects', subjects });
    setBaseline(null);
    setSummary(null);
  }, [subjects]);

  useEffect(() => {
    if (!subjects || !rubric) return;
    setPending(true);
    const handle = setTimeout(() => {
      seq.current += 1;
      sentAt.current.set(seq.current, performance.now());
      send({ type: 'score', seq: seq.current, rubric });
    }, RESCORE_DEBOUNCE_MS);
    return () => clearTimeout(handle);
  }, [rubric, subjects]);

  const moves: Move[] = useMemo(() => (summary && baseline && baseline !== summary ? levelMoves(baseline, summary) : []), [summary, baseline]);

  const importTable = (rows: Cell[][], name: string, r: Rubric) => {
    const res = tableToSubjects(rows, r);
    setProblems(res.problems);
    setSubjects(res.subjects);
    setSource(name);
    setPage(0);
  };

  const onFile = async (file: File) => {
    if (!rubric) return;
    if (/\.xlsx$/i.test(file.name)) {
      const rows = (await readSheet(file)) as Cell[][];
      importTable(rows, file.name, rubric);
    } else {
      const parsed = Papa.parse<string[]>(await file.text(), { skipEmptyLines: 'greedy' });
      importTable(parsed.data, file.name, rubric);
      if (parsed.errors.length) {
        setProblems((p) => [
          ...parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, column: '', severity: 'error' as const, message: { zh: `CSV 格式错误：${e.message}`, en: `CSV error: ${e.message}` } })),
          ...p,
        ]);
      }
    }
  };

  // positions of the rows that pass the filter; row objects are made only for the page shown
  const rows = useMemo(() => {
    const ids = summary?.ids ?? [];
    const f = filter.trim().toLowerCase();
    const out: number[] = [];
    for (let k = 0; k < ids.length; k++) if (!f || (ids[k] as string).toLowerCase().includes(f)) out.push(k);
    return out;
  }, [summary, filter]);

  const shown = useMemo(() => (summary ? rows.slice(page * PAGE, (page + 1) * PAGE).map((k) => rowAt(summary, k)) : []), [summary, rows, page]);
  useEffect(() => {
    if (!summary) return;
    const missing = shown.filter((r) => reasons.seq !== summary.seq || !(r.id in reasons.of)).map((r) => r.id);
    if (missing.length) send({ type: 'reasons', seq: summary.seq, ids: missing });
    // reasons is left out on purpose: its answer must not ask again
  }, [summary, shown]);
  const reasonsOf = (id: string) => (summary && reasons.seq === summary.seq ? reasons.of[id] : undefined) ?? [];

  /** Asks the worker for every row's reasons, then hands the rows to `save`. */
  const withExportRows = (save: (data: ReturnType<typeof exportRows>) => void | Promise<void>) => {
    if (!summary) return;
    exporting.current = (of) => void save(exportRows(of));
    send({ type: 'reasons', seq: summary.seq, ids: 'all' });
  };
  const exportRows = (of: Record<string, Message[]>) =>
    (summary ? summary.ids.map((_, k) => rowAt(summary, k)) : []).map((r) => ({
      id: r.id,
      category: r.category ?? '',
      score: r.score,
      level: levelName(rubric, r.level, i18n.language, t('tryit.noLevel')),
      levelId: r.level ?? '',
      reasons: (of[r.id] ?? []).map((m) => pick(m, i18n.language)).join('；'),
    }));
  const headers = [t('cohort.col.id'), t('cohort.col.category'), t('cohort.col.score'), t('cohort.col.level'), t('cohort.col.levelId'), t('cohort.col.reasons')];
  const fileBase = `${rubric?.id ?? 'rubric'}-${rubric?.version ?? ''}-results`;

  if (!rubric) return <p className="notice">{t('tryit.invalid')}</p>;
  const none = t('tryit.noLevel');
  return (
    <div className="cohort">
      <section className="cohort-import" aria-labelledby="cohort-import-title">
        <h2 id="cohort-import-title">{t('cohort.title')}</h2>
        <p className="hint">{t('cohort.hint')}</p>
        <div className="row">
          <label className="field">
            <span className="field-label">{t('cohort.importFile')}</span>
            <input
              type="file"
              accept=".csv,.xlsx,text/csv"
              data-testid="cohort-file"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void onFile(f);
                e.target.value = '';
              }}
            />
          </label>
          {SAMPLE_COHORTS.length ? (
            <label className="field">
              <span className="field-label">{t('cohort.sampleFile')}</span>
              <select
                value=""
                onChange={async (e) => {
                  const c = SAMPLE_COHORTS.find((x) => x.name === e.target.value);
                  if (c) importTable(Papa.parse<string[]>(await c.load(), { skipEmptyLines: 'greedy' }).data, `${c.name}.cohort.csv`, rubric);
                }}
              >
                <option value="">—</option>
                {SAMPLE_COHORTS.map((c) => (
                  <option key={c.name} value={c.name}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field field-number">
            <span className="field-label">{t('cohort.sampleSize')}</span>
            <input type="number" min={1} max={100000} value={sampleSize} data-testid="sample-size" onChange={(e) => setSampleSize(Math.max(1, Math.min(100000, Number(e.target.value) || 1)))} />
          </label>
          <button
            type="button"
            data-testid="make-sample"
            onClick={() => {
              setProblems([]);
              setSubjects(sampleSubjects(rubric, sampleSize));
              setSource(t('cohort.sampleName', { n: sampleSize }));
              setPage(0);
            }}
          >
            {t('cohort.makeSample')}
          </button>
        </div>
        {subjects ? <p role="status">{t('cohort.loaded', { n: subjects.length, source })}</p> : null}
        {problems.length ? (
          <details open={problems.some((p) => p.severity === 'error')}>
            <summary>{t('cohort.importProblems', { n: problems.length })}</summary>
            <ul className="import-problems">
              {problems.slice(0, 200).map((p, i) => (
                <li key={i} className={p.severity}>
                  {t('cohort.at', { row: p.row, column: p.column })} {pick(p.message, i18n.language)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      {failure ? <p className="notice">{failure}</p> : null}
      {summary ? (
        <>
          <p className={`timing ${pending ? 'pending' : ''}`} role="status" data-testid="rescore-status">
            {t('cohort.scored', { n: summary.ids.length, errors: summary.errors.length, ms: Math.round(elapsed ?? summary.ms) })}
            {pending ? ` ${t('cohort.rescoring')}` : ''}
          </p>
          {baseline && baseline !== summary ? (
            <section className="moves" aria-labelledby="moves-title" data-testid="moves">
              <h3 id="moves-title">
                {t('cohort.moves', { n: moves.length })}{' '}
                <button type="button" className="link" onClick={() => setBaseline(summary)}>
                  {t('cohort.setBaseline')}
                </button>
              </h3>
              {moves.length ? (
                <ul>
                  {moves.slice(0, 100).map((m) => (
                    <li key={m.id}>
                      {m.id}：{levelName(rubric, m.from, i18n.language, none)}（{m.scoreFrom}）→ {levelName(rubric, m.to, i18n.language, none)}（{m.scoreTo}）
                    </li>
                  ))}
                  {moves.length > 100 ? <li>{t('cohort.andMore', { n: moves.length - 100 })}</li> : null}
                </ul>
              ) : null}
            </section>
          ) : null}
          <DistributionChart rows={summary.distribution} quotas={summary.quotas} rubric={rubric} />
          {summary.errors.length ? (
            <details open>
              <summary>{t('cohort.subjectErrors', { n: summary.errors.length })}</summary>
              <ul className="subject-errors">
                {summary.errors.slice(0, 200).map((e, i) => (
                  <li key={i}>
                    {e.id ?? `#${e.index + 1}`} <code>{e.path}</code> {pick(e.message, i18n.language)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="row">
            <button type="button" onClick={() => withExportRows((data) => download(`${fileBase}.csv`, `\uFEFF${Papa.unparse({ fields: headers, data: data.map((r) => Object.values(r)) })}`, 'text/csv;charset=utf-8'))}>
              {t('cohort.exportCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                withExportRows(async (rowsOut) => {
                  const data = [headers.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rowsOut.map((r) => Object.values(r).map((v) => ({ value: v })))];
                  const blob = await writeXlsxFile(data).toBlob();
                  download(`${fileBase}.xlsx`, blob, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
                })
              }
            >
              {t('cohort.exportXlsx')}
            </button>
            <label className="field inline">
              <span className="field-label">{t('cohort.filter')}</span>
              <input value={filter} onChange={(e) => (setFilter(e.target.value), setPage(0))} />
            </label>
          </div>
          <table className="results" aria-label={t('cohort.results')}>
            <thead>
              <tr>
                {headers.filter((_, i) => i !== 4).map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}>
                  <td>
                    <button type="button" className="link" aria-label={t('cohort.showTrace', { id: r.id })} onClick={() => send({ type: 'trace', seq: seq.current, id: r.id })}>
                      {r.id}
                    </button>
                  </td>
                  <td>{r.category ?? ''}</td>
                  <td className="num">{r.score}</td>
                  <td>{levelName(rubric, r.level, i18n.language, none)}</td>
                  <td>{reasonsOf(r.id).map((m) => pick(m, i18n.language)).join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > PAGE ? (
            <nav className="pager" aria-label={t('cohort.pages')}>
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                ‹
              </button>
              <span>{t('cohort.page', { page: page + 1, pages: Math.ceil(rows.length / PAGE) })}</span>
              <button type="button" disabled={(page + 1) * PAGE >= rows.length} onClick={() => setPage(page + 1)}>
                ›
              </button>
            </nav>
          ) : null}
          {traced ? (
            <section className="cohort-trace" aria-labelledby="cohort-trace-title" data-testid="cohort-trace">
              <h3 id="cohort-trace-title">
                {t('cohort.traceOf', { id: traced.id, score: traced.score, level: levelName(rubric, traced.level, i18n.language, none) })}
                <button type="button" className="link" onClick={() => setTraced(null)}>
                  {t('common.close')}
                </button>
              </h3>
              <TraceTable result={traced} rubric={rubric} />
            </section>
          ) : null}
        </>
      ) : subjects ? (
        <p role="status">{t('cohort.scoring')}</p>
      ) : null}
    </div>
  );
}
