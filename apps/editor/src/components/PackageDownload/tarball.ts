import type { RubricPackagePlan } from '@rubricate/pack';
import { createTarGzip } from 'nanotar';

/** npm's own fixed time for packed files, so the same rubric always gives the same tarball. */
const NPM_MTIME = Date.UTC(1985, 9, 26, 8, 15);

/**
 * The planned package as npm's `.tgz`: every file under `package/`, mode 644, gzip from the
 * browser's CompressionStream (through nanotar).
 */
export function packageTarball(plan: RubricPackagePlan): Promise<Uint8Array> {
  const files = Object.entries(plan.files).map(([path, data]) => ({
    name: `package/${path}`,
    data,
    attrs: { mode: '644', mtime: NPM_MTIME, user: '', group: '' },
  }));
  return createTarGzip(files);
}

/** The file name npm gives a packed package: `scope-name-1.0.0.tgz`. */
export function tarballName(plan: RubricPackagePlan): string {
  return `${plan.name.replace(/^@/, '').replace('/', '-')}-${plan.version}.tgz`;
}
