import { defineConfig } from 'vitest/config';
import { defaultClientConditions } from 'vite';
import { playwright } from '@vitest/browser-playwright';

process.env.TZ = 'Asia/Shanghai';

/**
 * Element tests run in real Chromium (Debian's /usr/bin/chromium or $CHROMIUM_PATH; no browser
 * is ever downloaded). `@zhengce/core` resolves to its TypeScript source (`source` condition).
 * Dependencies are pre-bundled up front (optimizeDeps.include): Vite re-optimizing in the middle
 * of a run reloads the page and flakes in CI, where there is no .vite cache.
 */
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/repeat.js',
      'axe-core',
      // @zhengce/core is served from source; its dependencies are pre-bundled.
      '@zhengce/core > zod',
      '@zhengce/core > yaml',
      '@zhengce/core > date-fns',
    ],
  },
  test: {
    name: 'elements',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      viewport: { width: 1280, height: 800 },
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
        },
        contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
