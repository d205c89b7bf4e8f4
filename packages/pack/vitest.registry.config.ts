import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The registry round trip (tests/registry): publishes to a local verdaccio and installs from it.
 * Slow and networked (dependencies of @rubricate/core come through verdaccio's npm uplink), so it
 * is not part of `test`.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@rubricate/core/compile': fileURLToPath(new URL('../core/src/compile/index.ts', import.meta.url)),
      '@rubricate/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      '@rubricate/diff': fileURLToPath(new URL('../diff/src/index.ts', import.meta.url)),
      '@rubricate/pack': fileURLToPath(new URL('../pack/src/index.ts', import.meta.url)),
    },
  },
  test: {
    root: fileURLToPath(new URL('../../tests/registry', import.meta.url)),
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
