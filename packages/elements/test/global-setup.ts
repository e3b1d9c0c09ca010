import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Options } from 'tsup';
import type { TestProject } from 'vitest/node';
import { bundleOptions, parserBundleOptions } from '../tsup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/zhengce-elements.bundle.js and dist/zhengce-parser.bundle.js before the browser
 * tests (the embed examples load them) and hands their sizes to the tests through
 * `inject('bundleSize')` and `inject('parserBundleSize')`.
 */
export default async function setup(project: TestProject): Promise<void> {
  // The config's entries and output, from this package's folder whatever the working directory.
  const inPackage = (options: Options): Options => ({
    ...options,
    entry: Object.fromEntries(Object.entries(options.entry as Record<string, string>).map(([name, path]) => [name, root + path])),
    outDir: `${root}dist`,
    tsconfig: `${root}tsconfig.json`,
    silent: true,
    config: false,
  });
  await build(inPackage(bundleOptions));
  // The parser for a page without a build step (examples/embed-text.html loads it through an import map).
  await build(inPackage(parserBundleOptions));
  const sizeOf = async (file: string) => {
    const code = await readFile(`${root}dist/${file}`);
    return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  };
  project.provide('bundleSize', await sizeOf('zhengce-elements.bundle.js'));
  project.provide('parserBundleSize', await sizeOf('zhengce-parser.bundle.js'));
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundleSize: { raw: number; gzip: number };
    parserBundleSize: { raw: number; gzip: number };
  }
}
