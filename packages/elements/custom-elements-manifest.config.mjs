// `pnpm --filter @zhengce/elements analyze` regenerates custom-elements.json (committed).

/**
 * The analyzer guesses event names from `dispatchEvent(new X(arg))` calls, which for our typed
 * event classes yields the first constructor argument (`column`, `source` …). Keep only the
 * documented `zc-*` events from the `@event` JSDoc tags.
 */
const keepDocumentedEvents = {
  name: 'keep-documented-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('zc-'));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [keepDocumentedEvents],
};
