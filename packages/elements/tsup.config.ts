import { defineConfig, type Options } from 'tsup';

/**
 * dist/define-all.js imports each component's dist/<component>/define.js (listed in
 * `sideEffects`) instead of bundling the registration: bundled, it lands in a shared
 * hash-named chunk that `sideEffects` cannot name, and bundlers then drop
 * `import '@zhengce/elements/define'` as free of side effects (no element gets defined).
 */
const defineModulesExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'define-modules-external',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z-]+\/define\.js$/ }, (args) =>
      /[\\/]src[\\/]define-all\.ts$/u.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The one-file bundles' names (dist/<name>.js), written by their own configs below. */
const ELEMENTS_BUNDLE = 'zhengce-elements.bundle';
const PARSER_BUNDLE = 'zhengce-parser.bundle';
/** Their files in dist: the library build's clean spares them, and so does the pack test's. */
export const ONE_FILE_BUNDLES: readonly string[] = [ELEMENTS_BUNDLE, PARSER_BUNDLE].map((name) => `${name}.js`);

/** ESM library: one module per component, Lit and @zhengce/core external. */
export const libraryOptions: Options = {
  entry: {
    index: 'src/index.ts',
    'define-all': 'src/define-all.ts',
    'indicator-table/define': 'src/indicator-table/define.ts',
    'project-list/define': 'src/project-list/define.ts',
    'document/define': 'src/document/define.ts',
    'target-progress/define': 'src/target-progress/define.ts',
    'target-list/define': 'src/target-list/define.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  // Everything but the one-file bundles, which the other configs write at the same time.
  clean: ONE_FILE_BUNDLES.map((file) => `!${file}`),
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  external: ['lit', /^lit\//u, /^@zhengce\/core(?:\/|$)/u],
  esbuildPlugins: [defineModulesExternal],
};

/**
 * Keeps the LAZY imports of core (the parser for `<zc-document text>`: `@zhengce/core/lite`, else
 * `@zhengce/core`) out of the bundle while static imports of `@zhengce/core/lite` (the progress
 * calculators, a few KB) are bundled:
 * inlining the dynamic imports would pull the whole parser into every embed.
 */
const lazyCoreExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-core-external',
  setup(build) {
    build.onResolve({ filter: /^@zhengce\/core(?:\/lite)?$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * What the two one-file bundles share: one minified ES module each, nothing split out, built
 * from core's TypeScript source (`source` condition: no need to build core first).
 */
const oneFileOptions: Options = {
  format: ['esm'],
  dts: false,
  sourcemap: false,
  clean: false,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  splitting: false,
  treeshake: true,
  esbuildOptions(options) {
    options.conditions = ['source'];
  },
  outExtension: () => ({ js: '.js' }),
};

/**
 * One self-contained file for a one-script-tag embed: Lit and core's calculators included,
 * every component registered. The lazily loaded parser stays out: `<zc-document text>` then
 * shows an in-element error unless an import map provides `@zhengce/core/lite` or `@zhengce/core`.
 */
export const bundleOptions: Options = {
  ...oneFileOptions,
  entry: { [ELEMENTS_BUNDLE]: 'src/bundle.ts' },
  noExternal: [/^lit/u, /^@lit/u, /^@zhengce\/core(?:\/lite)?$/u],
  esbuildPlugins: [lazyCoreExternal],
};

/**
 * The parser for a page without a build step: `@zhengce/core/lite` with its dependencies in one
 * file, loaded only when an element is given plain text, through an import map that names it
 * `@zhengce/core/lite` (see docs/elements.md).
 */
export const parserBundleOptions: Options = {
  ...oneFileOptions,
  entry: { [PARSER_BUNDLE]: 'src/parser-bundle.ts' },
  noExternal: [/^@zhengce\/core(?:\/lite)?$/u, /^date-fns(?:\/|$)/u, /^js-yaml$/u],
};

export default defineConfig([libraryOptions, bundleOptions, parserBundleOptions]);
