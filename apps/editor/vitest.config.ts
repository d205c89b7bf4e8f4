import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const coreEntry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
const compileEntry = fileURLToPath(new URL('../../packages/core/src/compile/index.ts', import.meta.url));
const diffEntry = fileURLToPath(new URL('../../packages/diff/src/index.ts', import.meta.url));
const packEntry = fileURLToPath(new URL('../../packages/pack/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@rubricate/core/compile': compileEntry, '@rubricate/core': coreEntry, '@rubricate/diff': diffEntry, '@rubricate/pack': packEntry } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
