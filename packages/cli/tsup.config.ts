import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts', 'src/batch-worker.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // The demo's document ships with the package: dist/demo/001_f61c2087ba53f0d6.txt.
  onSuccess: async () => {
    mkdirSync('dist/demo', { recursive: true });
    copyFileSync('../../fixtures/seeds/001_f61c2087ba53f0d6.txt', 'dist/demo/001_f61c2087ba53f0d6.txt');
  },
});
