import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@rubricate/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) } },
  test: { include: ['test/**/*.test.ts'], setupFiles: ['test/fast-check-seed.ts'] },
});
