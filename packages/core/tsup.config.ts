import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', async: 'src/async.ts', compile: 'src/compile/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
