/**
 * Bundles @rubricate/core's main entry for the browser (esbuild, minified) and reports its size
 * and the files that went into it. The test uses the inputs to check that the main entry never
 * pulls in json-rules-engine or jsonpath-plus (they belong to the `/async` subpath).
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CORE_SRC, REPO_ROOT } from './fixture.js';

export interface BundleReport {
  entry: string;
  bytes: number;
  gzipBytes: number;
  /** Every input file esbuild read, relative to the repository root. */
  inputs: string[];
  /** Bytes each package contributes to the output (before gzip), largest first. */
  byPackage: [string, number][];
}

function packageOf(input: string): string {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m ? m[1]! : input.startsWith('packages/core/') ? '@rubricate/core' : input;
}

/**
 * @param exports names to import from the entry (tree-shaken bundle); all exports when omitted.
 */
export async function bundleCore(entry = join(CORE_SRC, 'index.ts'), exports?: readonly string[]): Promise<BundleReport> {
  const stdin = exports
    ? { contents: `export { ${exports.join(', ')} } from ${JSON.stringify(entry)};`, resolveDir: CORE_SRC, loader: 'ts' as const }
    : undefined;
  const result = await build({
    ...(stdin ? { stdin } : { entryPoints: [entry] }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const p = packageOf(input);
    byPackage.set(p, (byPackage.get(p) ?? 0) + bytesInOutput);
  }
  return {
    entry: exports ? `{ ${exports.join(', ')} } from core` : 'core main entry',
    bytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    inputs: Object.keys(result.metafile.inputs),
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}
