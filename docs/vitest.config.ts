import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests run against the core's sources, so they need no build step.
export default defineConfig({
  resolve: {
    alias: { '@rubricate/core': fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)) },
  },
  test: { include: ['test/**/*.test.ts'] },
});
