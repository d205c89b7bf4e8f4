import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const coreEntry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
const compileEntry = fileURLToPath(new URL('../../packages/core/src/compile/index.ts', import.meta.url));
const diffEntry = fileURLToPath(new URL('../../packages/diff/src/index.ts', import.meta.url));
const packEntry = fileURLToPath(new URL('../../packages/pack/src/index.ts', import.meta.url));
const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The core, diff and pack are consumed from source (no build step needed), Monaco is bundled with its workers
 * (`?worker` imports), so the built app runs offline with nothing fetched from a CDN.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Subpaths first: an alias also matches the paths below its name.
      { find: '@rubricate/core/compile', replacement: compileEntry },
      { find: '@rubricate/core', replacement: coreEntry },
      { find: '@rubricate/diff', replacement: diffEntry },
      { find: '@rubricate/pack', replacement: packEntry },
      { find: /^monaco-esm\//, replacement: monacoEsm },
    ],
  },
  // RUBRICATE_NO_HMR: browser tests against the dev server must not be reloaded by file edits
  server: { host: '127.0.0.1', fs: { allow: [repoRoot] }, hmr: process.env.RUBRICATE_NO_HMR ? false : undefined },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 6000 },
});
