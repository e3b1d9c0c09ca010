import { defineConfig } from 'vitest/config';

// Each package has its own vitest.config.ts (node for core and cli, Chromium for elements).
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'bench/vitest.config.ts'],
  },
});
