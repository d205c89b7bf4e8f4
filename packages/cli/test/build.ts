import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = fileURLToPath(new URL('../..', import.meta.url));

/** The workspace packages the CLI imports (@rubricate/core first: the others import it too). */
function workspaceDependencies(): string[] {
  const manifest = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const names = Object.keys(manifest.dependencies ?? {})
    .filter((name) => name.startsWith('@rubricate/'))
    .map((name) => name.slice('@rubricate/'.length));
  return names.sort((a, b) => Number(b === 'core') - Number(a === 'core')).map((name) => join(packagesDir, name));
}

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** No build, an unfinished one (declarations come last; dependants need them), or an old one. */
function stale(dir: string): boolean {
  const built = join(dir, 'dist', 'index.js');
  if (!existsSync(built) || !existsSync(join(dir, 'dist', 'index.d.ts'))) return true;
  return statSync(built).mtimeMs < newest(join(dir, 'src'));
}

/**
 * Builds what the `rubricate` binary runs: the workspace packages it imports (each only when its
 * build is older than its sources) and this package. Serialised with flock, so parallel runs do
 * not build over each other.
 */
export function buildForBinary(): void {
  const tsup = (dir: string) =>
    execFileSync('flock', ['/tmp/rubricate-cli-build.lock', 'npx', '--no-install', 'tsup', '--silent'], { cwd: dir, stdio: 'pipe' });
  for (const dir of workspaceDependencies()) if (stale(dir)) tsup(dir);
  if (stale(cliDir)) tsup(cliDir);
}
