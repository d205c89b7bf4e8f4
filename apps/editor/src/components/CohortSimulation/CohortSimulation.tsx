import type { Rubric } from '@rubricate/core';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/browser';
import writeXlsxFile from 'write-excel-file/browser';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { useStore } from '../../app/EditorContext';
import { download } from '../../app/download';
import { SAMPLE_COHORTS } from '../../app/fixtures';
import { levelMoves, type Move } from '../../engine/moved';
import { sampleSubjects, tableToSubjects, type Cell, type ImportProblem, type ImportedSubject } from '../../engine/subjects';
import { pick } from '../../i18n';
import { createCohortClient, type CohortClient } from '../../workers/cohortClient';
import { rowAt, type CohortSummary, type FromWorker } from '../../workers/protocol';
import CohortWorker from '../../workers/cohort.worker?worker';
import { DistributionChart } from '../DistributionChart/DistributionChart';
import { levelName, TraceTable } from '../TraceTable/TraceTable';
import type { Message, SubjectResult } from '@rubricate/core';

const PAGE = 200;

/** Timings of the last re-score, read by the browser test that measures it (see the guide's Performance). */
export interface RescoreTiming {
  /** Worker time: checking and preparing the rubric (when it changed) and scoring every subject. */
  workerMs: number;
  /** Of `workerMs`, the core's cohort scorer alone. */
  scoreMs: number;
  /** `performance.now()` when the rubric was posted to the worker, when its answer came back, and when
   * the answer's rows and distribution were rendered (after React's commit). */
  sentAt: number;
  receivedAt: number;
  shownAt: number;
}

export interface CohortSimulationProps {
  /**
   * False while another tab is shown: the cohort is still re-scored after each edit (the
   * distribution and what moved stay current), but no result rows are rendered and no reasons are
   * built for them, so editing does not pay for a table nobody sees.
   */
  active?: boolean;
}

/**
 * Score a whole cohort against the rubric being edited: import subjects from CSV or Excel (or make
 * a sample), see the distribution against the quotas, the results with reasons, and, after each
 * edit, which subjects changed level. Export the results as CSV or Excel.
 */
export function CohortSimulation({ active = true }: CohortSimulationProps) {
  const { t, i18n } = useTranslation();
  const { rubric } = useCheck();
  const store = useStore();
  const client = useRef<CohortClient | null>(null);
  const lang = useRef(i18n.language);
  lang.current = i18n.language;
  const [subjects, setSubjects] = useState<ImportedSubject[] | null>(null);
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [summary, setSummary] = useState<CohortSummary | null>(null);
  // the latest summary, for exports answered after this render's closures were made
  const latest = useRef<CohortSummary | null>(null);
  // the scoring edits are compared with: the first one of this cohort, or the one the user pinned
  const [baseline, setBaseline] = useState<CohortSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [timing, setTiming] = useState<Omit<RescoreTiming, 'shownAt'> | null>(null);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [sampleSize, setSampleSize] = useState(1000);
  const [traced, setTraced] = useState<SubjectResult | null>(null);
  const [pending, setPending] = useState(false);
  const [exportWaiting, setExportWaiting] = useState(false);
  // reasons are built in the worker only for the rows shown (or every row, for an export)
  const [reasons, setReasons] = useState<{ seq: number; of: Record<string, Message[]> }>({ seq: 0, of: {} });

  useEffect(() => {
    const w = new CohortWorker();
    const c = createCohortClient((m) => w.postMessage(m), {
      summary(s, at) {
        latest.current = s;
        setTiming({ workerMs: s.ms, scoreMs: s.scoreMs, sentAt: at.sent, receivedAt: at.received });
        setBaseline((b) => b ?? s);
        setSummary(s);
        setFailure(null);
      },
      failed(_seq, message) {
        // a waiting export is dropped with the scoring it waited for
        setExportWaiting(false);
        setFailure(pick(message, lang.current));
      },
      reasons(s, of) {
        setReasons((r) => ({ seq: s, of: r.seq === s ? { ...r.of, ...of } : of }));
      },
      trace: setTraced,
      busy: setPending,
    });
    w.onmessage = (e: MessageEvent<FromWorker>) => c.receive(e.data);
    client.current = c;
    return () => w.terminate();
  }, []);

  // once the answer is on screen: the time the browser test reads
  useEffect(() => {
    if (!summary || !timing) return;
    (window as unknown as { __rescore?: RescoreTiming }).__rescore = { ...timing, shownAt: performance.now() };
  }, [summary, timing]);

  useEffect(() => {
    if (!subjects) return;
    client.current?.setSubjects(subjects);
    latest.current = null;
    setBaseline(null);
    setSummary(null);
  }, [subjects]);

  // Each change of the document goes to the worker as it happens, before the page re-renders and
  // checks it, so scoring runs alongside that work. No debounce: at most one scoring runs, and the
  // edits made meanwhile are scored as one when it ends.
  useEffect(() => {
    if (!subjects) return;
    let sent: unknown;
    const push = () => {
      const { doc } = store.getState();
      if (doc === sent) return;
      sent = doc;
      client.current?.score(doc);
    };
    push();
    return store.subscribe(push);
  }, [subjects, store]);

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

  const shown = useMemo(() => (summary && active ? rows.slice(page * PAGE, (page + 1) * PAGE).map((k) => rowAt(summary, k)) : []), [summary, rows, page, active]);
  useEffect(() => {
    if (!summary) return;
    const missing = shown.filter((r) => reasons.seq !== summary.seq || !(r.id in reasons.of)).map((r) => r.id);
    client.current?.reasons(summary.seq, missing);
    // reasons is left out on purpose: its answer must not ask again
  }, [summary, shown]);
  const reasonsOf = (id: string) => (summary && reasons.seq === summary.seq ? reasons.of[id] : undefined) ?? [];

  /**
   * Asks the worker for every row's reasons, then hands the rows to `save`. While a re-score runs,
   * this waits for it: the export is always of the rubric as it is now.
   */
  const withExportRows = (save: (data: ReturnType<typeof exportRows>) => void | Promise<void>) => {
    setExportWaiting(true);
    client.current?.exportAll((s, of) => {
      setExportWaiting(false);
      const scored = latest.current;
      if (scored?.seq === s) void save(exportRows(scored, of));
    });
  };
  const exportRows = (scored: CohortSummary, of: Record<string, Message[]>) =>
    scored.ids.map((_, k) => rowAt(scored, k)).map((r) => ({
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
            {t('cohort.scored', { n: summary.ids.length, errors: summary.errors.length, ms: Math.round(timing ? timing.receivedAt - timing.sentAt : summary.ms) })}
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
            {exportWaiting ? (
              <span role="status" data-testid="export-waiting">
                {t('cohort.exportWaiting')}
              </span>
            ) : null}
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
                    <button type="button" className="link" aria-label={t('cohort.showTrace', { id: r.id })} onClick={() => client.current?.trace(r.id)}>
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
