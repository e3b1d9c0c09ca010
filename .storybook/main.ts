import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for @zhengce/elements, configured by hand (no `storybook init`/`add`: they try to
 * download browsers). Offline: telemetry off; run with `--ci --no-version-updates`.
 * Stories double as browser tests through @storybook/addon-vitest (packages/elements/vitest.config.ts).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../packages/elements/examples', to: '/examples' }],
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(viteConfig, {
      // @zhengce/core from its TypeScript source, like the tests.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js'] },
    });
  },
};
export default config;
