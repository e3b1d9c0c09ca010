import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { bundleOptions } from '../tsup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/zhengce-elements.bundle.js before the browser tests (the embed example loads
 * it) and hands its sizes to the tests through `inject('bundleSize')`.
 */
export default async function setup(project: TestProject): Promise<void> {
  await build({
    ...bundleOptions,
    entry: { 'zhengce-elements.bundle': `${root}src/bundle.ts` },
    outDir: `${root}dist`,
    tsconfig: `${root}tsconfig.json`,
    silent: true,
    config: false,
  });
  const code = await readFile(`${root}dist/zhengce-elements.bundle.js`);
  project.provide('bundleSize', { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength });
}

declare module 'vitest' {
  export interface ProvidedContext {
    bundleSize: { raw: number; gzip: number };
  }
}
