import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const coreDir = fileURLToPath(new URL('../../core', import.meta.url));

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(dir: string): boolean {
  const built = join(dir, 'dist', 'index.js');
  return !existsSync(built) || statSync(built).mtimeMs < newest(join(dir, 'src'));
}

/**
 * Builds what the `rubricate` binary runs: the core (only when its build is older than its
 * sources) and this package. Serialised with flock, so parallel runs do not build over each other.
 */
export function buildForBinary(): void {
  const tsup = (dir: string) =>
    execFileSync('flock', ['/tmp/rubricate-cli-build.lock', 'npx', '--no-install', 'tsup', '--silent'], { cwd: dir, stdio: 'pipe' });
  if (stale(coreDir)) tsup(coreDir);
  if (stale(cliDir)) tsup(cliDir);
}
