import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

  it('names every model type, and no schema, in its type exports', () => {
    // `export type *` would export the schemas too (as types the declaration build makes plain
    // exports), so lite.ts names the types; this keeps the list in step with the models.
    const modelsDir = fileURLToPath(new URL('../src/models/', import.meta.url));
    const declared = readdirSync(modelsDir)
      .flatMap((file) => [...readFileSync(join(modelsDir, file), 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]!));
    const list = /export type \{([^}]*)\} from '\.\/models\/index\.js';/.exec(readFileSync(LITE, 'utf8'));
    expect(list, 'lite.ts names the model types').not.toBeNull();
    const named = list![1]!.split(',').map((name) => name.trim()).filter(Boolean);
    expect(named.filter((name) => name.endsWith('Schema'))).toEqual([]);
    expect([...named].sort()).toEqual([...new Set(declared)].sort());
    expect(named.length).toBeGreaterThan(30);
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

  it('parses, and its results validate with the full entry’s schemas', () => {
    const text = seed('regulation');
    // lite.parseAll is full.parseAll (the first test): what is left to check is that its
    // results validate with the schemas lite leaves out.
    const parsed = lite.parseAll(text);
    expect(full.ParseResultSchema.safeParse(parsed.result).success).toBe(true);
    expect(lite.documentsOf(lite.parseAll('第一条　为了规范管理，制定本条例。').result)[0]?.children[0]?.type).toBe('article');
  });
});
