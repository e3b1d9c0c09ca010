import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { defaultClientConditions } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

process.env.TZ = 'Asia/Shanghai';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

// Test files are found from the repository root (`test.dir`), where /stories lives.
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TESTS = ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts'];
const STORIES = ['stories/**/*.stories.ts'];

const ELEMENTS_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * addon-vitest replaces `test.include` with the stories and merges in Storybook's Vite config
 * (root: the repository). Put our own tests back, so one Vite server serves both browser
 * instances below, and the root back, so `optimizeDeps.include` resolves from this package.
 */
const keepOwnTests: Plugin = {
  name: 'zhengce:keep-element-tests',
  enforce: 'post',
  config: () => ({ root: ELEMENTS_DIR, test: { include: TESTS } }),
};

/** The folders served under `/__static/`. */
const STATIC_DIRS = ['examples/', 'dist/'].map((dir) => resolve(ELEMENTS_DIR, dir) + '/');

/** Content types of the files the example pages load. */
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves this package's files under `/__static/` exactly as written, as a plain web server (a
 * government site) would: Vite's own middleware rewrites the bare imports in any JavaScript it
 * serves, so the one-file bundle's `import('@zhengce/core/lite')` would reach core's source
 * instead of going through the example page's import map. Registered before Vite's middleware.
 */
const rawStatic: Plugin = {
  name: 'zhengce:raw-static',
  configureServer(server) {
    server.middlewares.use('/__static/', (req, res, next) => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        return next(); // malformed percent-encoding: not a file here
      }
      const path = resolve(ELEMENTS_DIR, `.${pathname}`);
      const type = STATIC_TYPES[extname(path)];
      // Only what a site would host: the examples and the built files (no node_modules links).
      if (!STATIC_DIRS.some((dir) => path.startsWith(dir)) || !type) return next();
      readFile(path).then(
        (body) => {
          res.setHeader('Content-Type', type);
          res.end(body);
        },
        () => next(),
      );
    });
  },
};

/**
 * Two projects in real Chromium (Debian's /usr/bin/chromium or $CHROMIUM_PATH; no browser is
 * ever downloaded), sharing this config:
 * - `elements`: the component tests (src/**, test/**);
 * - `storybook`: every story in /stories rendered and checked with axe (addon-vitest +
 *   addon-a11y, `parameters.a11y.test = 'error'`).
 * `@zhengce/core` resolves to its TypeScript source (`source` condition). Dependencies are
 * pre-bundled up front (optimizeDeps.include): Vite re-optimizing in the middle of a run
 * reloads the page and flakes in CI, where there is no .vite cache.
 */
export default defineConfig({
  plugins: [
    storybookTest({ configDir: fileURLToPath(new URL('../../.storybook', import.meta.url)) }),
    keepOwnTests,
    rawStatic,
  ],
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
      '@storybook/web-components-vite',
      '@storybook/addon-a11y/preview',
    ],
  },
  test: {
    dir: REPO_ROOT,
    // Absolute: addon-vitest merges Storybook's Vite config, whose root is the repository.
    setupFiles: [fileURLToPath(new URL('test/setup.ts', import.meta.url))],
    globalSetup: [fileURLToPath(new URL('test/global-setup.ts', import.meta.url))],
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
      instances: [
        { browser: 'chromium', name: 'elements', include: TESTS },
        { browser: 'chromium', name: 'storybook', include: STORIES },
      ],
    },
  },
});
