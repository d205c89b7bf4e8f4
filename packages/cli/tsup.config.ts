import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // Declarations refer to the published core, not its sources.
  dts: { compilerOptions: { paths: {} } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  // The published CLI uses the published core, never a copy of it.
  external: ['@rubricate/core'],
});
