/** Browser bundle size of the core's main entry, whole and tree-shaken to the evaluator. */
import { bundleCore, type BundleReport } from '../bundle.js';
import { table } from '../measure.js';

export async function sizeSection(): Promise<{ reports: BundleReport[]; error?: string }> {
  try {
    return {
      reports: [await bundleCore(), await bundleCore(undefined, ['prepareRubric', 'evaluateSubject', 'evaluateCohort'])],
    };
  } catch (e) {
    return { reports: [], error: (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 4).join(' | ') };
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

export function sizeTable(s: { reports: BundleReport[]; error?: string }): string {
  if (s.error) return `bundle failed: ${s.error}`;
  const rows = s.reports.map((r) => [
    r.entry,
    kb(r.bytes),
    kb(r.gzipBytes),
    r.byPackage.slice(0, 4).map(([p, b]) => `${p} ${kb(b)}`).join(', '),
  ]);
  return table(['bundle (esbuild, minified, browser)', 'minified', 'gzip -9', 'largest parts (minified)'], rows);
}
