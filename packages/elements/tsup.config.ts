import { defineConfig, type Options } from 'tsup';

/** ESM library: one module per component, Lit and @zhengce/core external. */
export const libraryOptions: Options = {
  entry: {
    index: 'src/index.ts',
    'define-all': 'src/define-all.ts',
    'indicator-table/define': 'src/indicator-table/define.ts',
    'project-list/define': 'src/project-list/define.ts',
    'document/define': 'src/document/define.ts',
    'target-progress/define': 'src/target-progress/define.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  external: ['lit', /^lit\//u, '@zhengce/core'],
};

/**
 * One self-contained file for a one-script-tag embed: Lit included, every component
 * registered. `@zhengce/core` stays out (its parser is only needed for `<zc-document text>`,
 * which then shows an in-element error unless an import map provides `@zhengce/core`).
 */
export const bundleOptions: Options = {
  entry: { 'zhengce-elements.bundle': 'src/bundle.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  splitting: false,
  treeshake: true,
  noExternal: [/^lit/u, /^@lit/u],
  external: ['@zhengce/core'],
  outExtension: () => ({ js: '.js' }),
};

export default defineConfig([libraryOptions, bundleOptions]);
