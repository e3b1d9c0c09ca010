import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { bundleOptions, parserBundleOptions } from '../tsup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/zhengce-elements.bundle.js and dist/zhengce-parser.bundle.js before the browser
 * tests (the embed examples load them) and hands their sizes to the tests through
 * `inject('bundleSize')` and `inject('parserBundleSize')`.
 */
export default async function setup(project: TestProject): Promise<void> {
  const common = { outDir: `${root}dist`, tsconfig: `${root}tsconfig.json`, silent: true, config: false } as const;
  await build({ ...bundleOptions, entry: { 'zhengce-elements.bundle': `${root}src/bundle.ts` }, ...common });
  // The parser for a page without a build step (examples/embed-text.html loads it through an import map).
  await build({ ...parserBundleOptions, entry: { 'zhengce-parser.bundle': `${root}src/parser-bundle.ts` }, ...common });
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
