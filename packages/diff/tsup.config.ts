import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  // The engine is a dependency, never bundled: one copy of the evaluator per install.
  external: ['@rubricate/core'],
});
