import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('read-facts.generated.ts', () => {
  it('is what scripts/write-read-facts.mjs writes', () => {
    const script = join(import.meta.dirname, '..', '..', 'scripts', 'write-read-facts.mjs');
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
