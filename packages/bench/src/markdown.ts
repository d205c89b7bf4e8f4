/**
 * The figures of a run as Markdown, for docs/benchmarks.md:
 *   pnpm bench -- --json=figures.json   then   node --import tsx src/markdown.ts figures.json
 */
import { readFileSync } from 'node:fs';
import type { MachineInfo } from './machine.js';
import type { ThroughputRow } from './sections/throughput.js';
import type { AloneRow } from './sections/throughput-alone.js';
import { COHORT_LABELS, type CohortSection } from './sections/cohort.js';
import type { CliRow, StreamResult } from './sections/cli.js';
import type { BundleReport } from './bundle.js';
import { count, mib, ms, rate, ratio } from './measure.js';

export interface Figures {
  machine: MachineInfo;
  quick: boolean;
  waited?: { belowLoad: number; seconds: number; reached: boolean };
  throughput?: ThroughputRow[];
  throughputAlone?: AloneRow[];
  cohort?: CohortSection[];
  cli?: CliRow[];
  stream?: StreamResult;
  size?: { reports: BundleReport[]; error?: string };
}

const md = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map((h, i) => (i === 0 || /engine|input|bundle|agreement|largest|same/.test(h) ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function toMarkdown(f: Figures): string {
  const m = f.machine;
  const out: string[] = [];
  out.push(`Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; load average ${m.loadAverage} at the start (the machine is shared).`);
  if (f.waited) out.push('', `The run first waited ${f.waited.seconds} s for a 1-minute load average below ${f.waited.belowLoad}: ${f.waited.reached ? 'reached' : 'never reached; measured anyway'}.`);
  if (f.throughput) {
    out.push('', '#### Single subjects', '');
    const rows = f.throughput.filter((r) => r.perSecond !== null || !/not run above/.test(r.note ?? ''));
    out.push(
      md(
        ['N', 'engine', 'subjects/s (CPU time)', 'subjects/s (wall)', '× hand-written (CPU)', 'agreement'],
        rows.map((r) => [
          count(r.n),
          r.label,
          r.perSecond === null ? '—' : rate(r.perSecond),
          r.perSecondWall === null ? '—' : rate(r.perSecondWall),
          r.slowerThanHandwritten === null ? '—' : ratio(r.slowerThanHandwritten),
          r.agreement ? (r.agreement.mismatches === 0 ? `all ${count(r.agreement.checked)}` : `${r.agreement.mismatches} differ`) : (r.note ?? '—'),
        ]),
      ),
    );
  }
  if (f.throughputAlone) {
    out.push('', '#### Single subjects, each engine alone in its own process (the figures the target is held to)', '');
    out.push(
      md(
        ['N', 'engine', 'subjects/s (CPU time, median over processes)', 'range over processes', '× hand-written (CPU)', 'processes', 'agreement'],
        f.throughputAlone.map((r) => [
          count(r.n),
          r.label,
          r.perSecond === null ? '—' : rate(r.perSecond),
          r.perProcess.length ? `${rate(Math.min(...r.perProcess))} – ${rate(Math.max(...r.perProcess))}` : (r.note ?? '—'),
          r.slowerThanHandwritten === null ? '—' : ratio(r.slowerThanHandwritten),
          String(r.perProcess.length),
          r.perProcess.length === 0 ? '—' : r.mismatches === 0 ? `all ${count(r.n)} in each` : `${r.mismatches} differ`,
        ]),
      ),
    );
  }
  for (const c of f.cohort ?? []) {
    out.push('', `#### Cohort with quotas, N=${count(c.n)}`, '');
    out.push(
      md(
        ['engine', 'wall', 'CPU time', '× hand-written (CPU)', 'input on heap', 'peak RSS', '(peak − base) / input', 'same cohort', 'CPU time of each run'],
        c.reports.map((r) => {
          const label = COHORT_LABELS[r.engine] ?? r.engine;
          const cmp = c.comparisons.find((x) => x.engine === r.engine);
          const each = r.cpuMsRuns && r.cpuMsRuns.length > 1 ? r.cpuMsRuns.map(ms).join(', ') : '—';
          return r.ok
            ? [label, ms(r.ms!), ms(r.cpuMs!), cmp ? ratio(cmp.slowerCpu) : r.engine === 'handwritten' ? '1.00×' : '—', mib(r.inputHeapBytes!), mib(r.maxRssBytes!), `${r.peakOverInput!.toFixed(2)}×`, cmp ? (cmp.agree ? 'yes' : 'NO') : '—', each]
            : [label, r.reason ?? 'failed', '—', '—', '—', '—', '—', '—', '—'];
        }),
      ),
    );
  }
  if (f.cli) {
    out.push('', `#### CLI end to end`, '');
    out.push(
      md(
        ['input', 'plain script (wall / CPU)', 'peak RSS', 'rubricate score --format csv (wall / CPU)', 'peak RSS', 'CLI ÷ plain (wall / CPU)', 'same id/score/level'],
        f.cli.map((r) => [
          `${r.input}, ${count(r.n)} subjects, ${mib(r.fileBytes)}`,
          r.plain ? `${ms(r.plain.ms)} / ${r.plain.cpuMs ? ms(r.plain.cpuMs) : '—'}` : '—',
          r.plain?.maxRssBytes ? mib(r.plain.maxRssBytes) : '—',
          r.cli ? `${ms(r.cli.ms)} / ${r.cli.cpuMs ? ms(r.cli.cpuMs) : '—'}` : (r.note ?? '—'),
          r.cli?.maxRssBytes ? mib(r.cli.maxRssBytes) : '—',
          r.slowerThanPlain === null ? '—' : `${ratio(r.slowerThanPlain)} / ${r.slowerThanPlainCpu === null ? '—' : ratio(r.slowerThanPlainCpu)}`,
          r.agree === null ? '—' : r.agree ? 'yes' : 'NO',
        ]),
      ),
    );
  }
  if (f.stream) {
    out.push('', '#### Streaming', '');
    out.push(
      f.stream.ms === undefined
        ? `Streaming run: ${f.stream.note}.`
        : `${count(f.stream.n!)} subjects (${f.stream.format}, ${mib(f.stream.fileBytes!)}): ${ms(f.stream.ms)}, peak RSS ${f.stream.maxRssBytes ? mib(f.stream.maxRssBytes) : 'unknown'}.`,
    );
  }
  if (f.size && !f.size.error) {
    out.push('', '#### Browser bundle (esbuild, minified)', '');
    out.push(
      md(
        ['bundle', 'minified', 'gzip -9', 'largest parts'],
        f.size.reports.map((r) => [
          r.entry,
          `${(r.bytes / 1024).toFixed(1)} KiB`,
          `${(r.gzipBytes / 1024).toFixed(1)} KiB`,
          r.byPackage.slice(0, 3).map(([p, b]) => `${p} ${(b / 1024).toFixed(0)} KiB`).join(', '),
        ]),
      ),
    );
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: markdown <figures.json>\n');
    process.exit(2);
  }
  process.stdout.write(toMarkdown(JSON.parse(readFileSync(file, 'utf8')) as Figures));
}
