import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as full from '../src/index.js';
import * as lite from '../src/lite.js';
import { seed } from './helpers.js';

/** The part of esbuild's API used here (esbuild comes with tsup: not a direct dependency, so no types). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ metafile: { inputs: Record<string, unknown> } }>;
}

const LITE = fileURLToPath(new URL('../src/lite.ts', import.meta.url));

describe('@zhengce/core/lite', () => {
  it('exports everything @zhengce/core does but the zod schemas and the JSON Schema export', () => {
    const onlyInFull = Object.keys(full).filter((name) => !(name in lite));
    const expected = Object.keys(full).filter((name) => name.endsWith('Schema') || ['toJsonSchema', 'toJsonSchemas', 'PUBLIC_MODELS'].includes(name));
    expect(onlyInFull.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(20);
    expect(Object.keys(lite).filter((name) => !(name in full))).toEqual([]);
    // The same functions and values, not copies.
    const liteValues: Record<string, unknown> = lite;
    const fullValues: Record<string, unknown> = full;
    for (const name of Object.keys(lite)) expect(liteValues[name], name).toBe(fullValues[name]);
  });

  it('loads no zod: its module graph, bundled from source, holds no module of zod', async () => {
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild') as Esbuild;
    const bundle = (entry: string) =>
      esbuild.build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent' });
    const fromZod = (inputs: Record<string, unknown>) => Object.keys(inputs).filter((path) => /node_modules\/(?:\.pnpm\/)?zod[@/]/.test(path));
    expect(fromZod((await bundle(LITE)).metafile.inputs)).toEqual([]);
    // The check can fail: the full entry's graph does hold zod.
    expect(fromZod((await bundle(fileURLToPath(new URL('../src/index.ts', import.meta.url)))).metafile.inputs).length).toBeGreaterThan(0);
  });

  it('parses as the full entry does, and its results validate with the full entry’s schemas', () => {
    const text = seed('regulation');
    const parsed = lite.parseAll(text);
    expect(parsed).toEqual(full.parseAll(text));
    expect(full.ParseResultSchema.safeParse(parsed.result).success).toBe(true);
    expect(lite.documentsOf(lite.parseAll('第一条　为了规范管理，制定本条例。').result)[0]?.children[0]?.type).toBe('article');
  });
});
