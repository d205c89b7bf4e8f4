import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Subpaths first: an alias also matches the paths below its name.
      '@rubricate/core/compile': fileURLToPath(new URL('../core/src/compile/index.ts', import.meta.url)),
      '@rubricate/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      '@rubricate/diff': fileURLToPath(new URL('../diff/src/index.ts', import.meta.url)),
    },
  },
  test: { include: ['test/**/*.test.ts'] },
});
