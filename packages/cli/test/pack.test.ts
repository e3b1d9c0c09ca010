// Release check: build core, cli and elements, pack each with `pnpm pack`, install the three
// tarballs into one fresh project with plain npm (zod, date-fns, yaml and lit come from the
// registry, preferring the local cache), then:
// - import them from Node and run the installed bin;
// - lint each tarball with publint and are-the-types-wrong (ESM-only profile);
// - bundle core and elements for the browser with esbuild FROM THE INSTALLED PACKAGES and run
//   the bundle in Chromium.
// Slow (builds and one install, shared by every test here), so it runs serially, with generous
// timeouts for a 2-core machine.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import type { Problem, ResolutionKind } from '@arethetypeswrong/core/types';
import { problemKindInfo } from '@arethetypeswrong/core/problems';
import { chromium } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan14Table } from '../../elements/test/fixtures/data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REGULATION = join(ROOT, 'fixtures/seeds/004_a2b1769d98c9ece2.txt');
const PLAN15 = join(ROOT, 'fixtures/seeds/001_f61c2087ba53f0d6.txt');
const PACKAGES = ['core', 'cli', 'elements'] as const;
type Pkg = (typeof PACKAGES)[number];

const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
const shAsync = async (cmd: string, args: string[], cwd: string) =>
  (await promisify(execFile)(cmd, args, { cwd, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 })).stdout;

/**
 * Builds elements from its tsup.config.ts (the library and the two one-file bundles, as its
 * `build` script does) without ever removing dist/zhengce-elements.bundle.js or
 * dist/zhengce-parser.bundle.js: the elements browser tests load them (examples/embed.html,
 * examples/embed-text.html) while this test runs. The library build cleans everything else (no
 * stale chunks in the tarball); the bundles are built beside it and each renamed over the old
 * one in one step. The config is loaded with tsx's scoped `tsImport`, so that
 * tsup's declaration worker does not run under tsx's loader (a third slower).
 */
const ELEMENTS = join(ROOT, 'packages/elements');
const fromRoot = createRequire(join(ROOT, 'package.json'));
const url = (path: string) => JSON.stringify(pathToFileURL(path).href);
const buildElementsScript = () => `
import { rename, rm } from 'node:fs/promises';
import { build } from ${url(fromRoot.resolve('tsup'))};
import { tsImport } from ${url(join(fromRoot.resolve('tsx/package.json'), '../dist/esm/api/index.mjs'))};
const { bundleOptions, libraryOptions, parserBundleOptions, ONE_FILE_BUNDLES } = await tsImport(${url(join(ELEMENTS, 'tsup.config.ts'))}, import.meta.url);
await Promise.all([
  build({ ...libraryOptions, clean: [...libraryOptions.clean, '!.bundle-tmp/**'], config: false, silent: true }),
  build({ ...bundleOptions, outDir: 'dist/.bundle-tmp', config: false, silent: true }),
  build({ ...parserBundleOptions, outDir: 'dist/.bundle-tmp', config: false, silent: true }),
]);
for (const bundle of ONE_FILE_BUNDLES) await rename('dist/.bundle-tmp/' + bundle, 'dist/' + bundle);
await rm('dist/.bundle-tmp', { recursive: true, force: true });
`;

/** What are-the-types-wrong's `--profile esm-only` ignores (@arethetypeswrong/cli 0.18.5, src/profiles.ts). */
const ESM_ONLY_IGNORED_RESOLUTIONS: readonly ResolutionKind[] = ['node10', 'node16-cjs'];

/** The part of esbuild's API used here (esbuild is not a direct dependency, so no types). */
interface Esbuild {
  build(options: Record<string, unknown> & { write: false; metafile: true }): Promise<{
    warnings: { text: string }[];
    metafile: { inputs: Record<string, unknown>; outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }> };
    outputFiles: { text: string }[];
  }>;
}

const work = mkdtempSync(join(tmpdir(), 'zhengce-pack-'));
const app = join(work, 'app');
const tarball = (pkg: Pkg) => join(work, `zhengce-${pkg}-0.1.0.tgz`);
const tarballBytes = (pkg: Pkg) => new Uint8Array(readFileSync(tarball(pkg)));

beforeAll(async () => {
  const t0 = performance.now();
  // cli's and elements' type declarations import core's: core first, then the other two at once.
  await shAsync('pnpm', ['--filter', '@zhengce/core', 'build'], ROOT);
  writeFileSync(join(work, 'build-elements.mjs'), buildElementsScript());
  await Promise.all([
    shAsync('pnpm', ['--filter', '@zhengce/cli', 'build'], ROOT),
    shAsync('node', [join(work, 'build-elements.mjs')], ELEMENTS),
  ]);
  const t1 = performance.now();
  await Promise.all(PACKAGES.map((pkg) => shAsync('pnpm', ['pack', '--pack-destination', work], join(ROOT, 'packages', pkg))));
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await shAsync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...PACKAGES.map(tarball)], app);
  const t2 = performance.now();
  console.info(`pack test: build ${Math.round(t1 - t0)} ms, pack + npm install ${Math.round(t2 - t1)} ms`);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.sequential('packed packages', () => {
  it('are the three tarballs', () => {
    expect(readdirSync(work).filter((f) => f.endsWith('.tgz')).sort()).toEqual(
      ['zhengce-cli-0.1.0.tgz', 'zhengce-core-0.1.0.tgz', 'zhengce-elements-0.1.0.tgz'],
    );
  });

  it('install from their tarballs and work from Node: ESM import, schema JSON, the zhengce bin', () => {
    writeFileSync(
      join(app, 'check.mjs'),
      `import { parseDocument, toAkomaNtoso, toHtml, formatOutline } from '@zhengce/core';
import schema from '@zhengce/core/schema/document.json' with { type: 'json' };
import { documentsOf, parseAll } from '@zhengce/core/lite';
import { main } from '@zhengce/cli';
import { readFileSync } from 'node:fs';
const doc = parseDocument(readFileSync(${JSON.stringify(REGULATION)}));
console.log(JSON.stringify({ kind: doc.kind, xml: toAkomaNtoso(doc).includes('<article eId="art_43"'), html: toHtml(doc).includes('id="article-1"'), outline: formatOutline(doc).split('\\n')[0], schema: schema.title, main: typeof main, lite: documentsOf(parseAll(readFileSync(${JSON.stringify(REGULATION)})).result)[0].kind }));
`,
    );
    const out = JSON.parse(sh('node', ['check.mjs'], app));
    expect(out).toEqual({ kind: 'regulation', xml: true, html: true, outline: '山西省制造业高质量发展促进条例  [regulation · pdf]', schema: 'document', main: 'function', lite: 'regulation' });

    const bin = join(app, 'node_modules/.bin/zhengce');
    const parsed = spawnSync(bin, ['parse', REGULATION], { cwd: app, encoding: 'utf8' });
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout).kind).toBe('regulation');
    const demo = spawnSync(bin, ['demo'], { cwd: app, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('第一章');
    const batch = spawnSync(bin, ['batch', join(ROOT, 'fixtures/seeds'), '--jobs', '2'], { cwd: app, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
    expect(batch.status).toBe(0);
    expect(batch.stdout.trim().split('\n')).toHaveLength(5);
    expect(batch.stderr).not.toContain('worker failed');
    expect(spawnSync(bin, ['nope'], { cwd: app, encoding: 'utf8' }).status).toBe(2);
  }, 300_000);

  it("ship elements' parser bundle: self-contained (no bare import left), the lite entry's parsers in one file", async () => {
    const file = join(app, 'node_modules/@zhengce/elements/dist/zhengce-parser.bundle.js');
    const code = readFileSync(file, 'utf8');
    // Any import of a package name would need an import map entry of its own on the page.
    expect(code.match(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?![./])[^"']+["']/g)).toBeNull();
    const parser = (await import(pathToFileURL(file).href)) as typeof import('@zhengce/core/lite');
    expect(parser.documentsOf(parser.parseAll(readFileSync(REGULATION)).result)[0]!.kind).toBe('regulation');
    expect('DocumentSchema' in parser).toBe(false);
  });

  it('type-check a consumer against the installed types: the lite entry has the types and no schemas', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { documentsOf, NODE_TYPES, parseAll, type PolicyDocument } from '@zhengce/core/lite';
import { NodeSchema as FullNodeSchema } from '@zhengce/core';
// @ts-expect-error the lite entry exports no schemas: this import must not compile
import { NodeSchema } from '@zhengce/core/lite';
const docs: PolicyDocument[] = documentsOf(parseAll('第一条').result);
export const checked: number = docs.length + NODE_TYPES.length + (FullNodeSchema.safeParse(docs[0]?.children[0]).success ? 1 : 0);
export { NodeSchema };
`,
    );
    const options = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: [] };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.ts'] }));
    const tsc = spawnSync(process.execPath, [fromRoot.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it.each(PACKAGES)('%s: publint finds no errors or warnings in the tarball', async (pkg) => {
    const bytes = tarballBytes(pkg);
    const { messages, pkg: manifest } = await publint({ pack: { tarball: bytes.buffer as ArrayBuffer }, level: 'warning' });
    expect(messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, manifest, { color: false })}`)).toEqual([]);
  });

  it.each(PACKAGES)('%s: are-the-types-wrong (ESM-only profile) finds no problems in the tarball', async (pkg) => {
    const analysis = await checkPackage(createPackageFromTarballData(tarballBytes(pkg)));
    expect(analysis.types, 'the package ships its own types').not.toBe(false);
    if (analysis.types === false) return;
    const describeProblem = (p: Problem) =>
      `${p.kind} (${problemKindInfo[p.kind].shortDescription})${'entrypoint' in p ? ` at ${p.entrypoint}` : ''}${'resolutionKind' in p ? ` [${p.resolutionKind}]` : ''}: ${JSON.stringify(p)}`;
    const problems = analysis.problems.filter((p) => !('resolutionKind' in p && ESM_ONLY_IGNORED_RESOLUTIONS.includes(p.resolutionKind)));
    expect(problems.map(describeProblem)).toEqual([]);
    expect(Object.keys(analysis.entrypoints)).toContain('.');
    if (pkg === 'core') expect(Object.keys(analysis.entrypoints)).toContain('./lite');
  });

  it('bundle for the browser from the installed packages (esbuild, no Node built-ins) and run in Chromium', async () => {
    // esbuild as the workspace has it (through tsup): the bundle is resolved from app/node_modules.
    const esbuild = createRequire(fromRoot.resolve('tsup'))('esbuild') as Esbuild;
    writeFileSync(
      join(app, 'browser.mjs'),
      `import { parseDocument, extractIndicatorTables } from '@zhengce/core';
import { TAG_NAMES, ZcIndicatorTable } from '@zhengce/elements';
import '@zhengce/elements/define';
window.zc = { parseDocument, extractIndicatorTables, TAG_NAMES, ZcIndicatorTable };
`,
    );
    const built = await esbuild.build({
      absWorkingDir: app,
      entryPoints: ['browser.mjs'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(built.warnings.map((w) => w.text)).toEqual([]);
    const inputs = Object.keys(built.metafile.inputs);
    // Every module comes from the temporary project: its entry and its node_modules.
    expect(inputs.filter((p) => p !== 'browser.mjs' && !p.startsWith('node_modules/'))).toEqual([]);
    expect(inputs).toContain('node_modules/@zhengce/core/dist/index.js');
    expect(inputs).toContain('node_modules/@zhengce/elements/dist/define-all.js');
    const code = built.outputFiles[0]!.text;

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ type: 'module', content: code });
      await page.waitForFunction(() => 'zc' in window);
      const result = await page.evaluate(
        async ({ fixture, plan15 }) => {
          type IndicatorTable = ReturnType<typeof import('@zhengce/core').extractIndicatorTables>[number];
          const zc = (window as unknown as { zc: {
            parseDocument: typeof import('@zhengce/core').parseDocument;
            extractIndicatorTables: typeof import('@zhengce/core').extractIndicatorTables;
            TAG_NAMES: readonly string[];
            ZcIndicatorTable: CustomElementConstructor;
          } }).zc;
          const doc = zc.parseDocument('示范条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自2024年5月1日起施行。');
          const render = async (data: IndicatorTable) => {
            const el = document.createElement('zc-indicator-table') as HTMLElement & { data: IndicatorTable; updateComplete: Promise<unknown> };
            el.data = data;
            document.body.append(el);
            await el.updateComplete;
            const table = el.shadowRoot?.querySelector('table');
            return { caption: table?.querySelector('caption')?.textContent?.trim() ?? null, rows: table?.querySelectorAll('tbody tr').length ?? 0 };
          };
          const extracted = zc.extractIndicatorTables(plan15);
          return {
            kind: doc.kind,
            effective: 'dates' in doc.meta ? doc.meta.dates.effective : undefined,
            defined: zc.TAG_NAMES.filter((tag) => customElements.get(tag) !== undefined),
            sameClass: customElements.get('zc-indicator-table') === zc.ZcIndicatorTable,
            fixture: await render(fixture),
            extracted: { count: extracted.length, ...(extracted[0] ? await render(extracted[0]) : {}) },
          };
        },
        { fixture: plan14Table(), plan15: readFileSync(PLAN15, 'utf8') },
      );
      expect(errors).toEqual([]);
      expect(result.kind).toBe('regulation');
      expect(result.effective).toBe('2024-05-01');
      expect(result.defined).toEqual(['zc-indicator-table', 'zc-project-list', 'zc-document', 'zc-target-progress', 'zc-target-list']);
      expect(result.sameClass).toBe(true);
      expect(result.fixture.caption).toContain('山西省“十四五”时期经济社会发展主要指标');
      expect(result.fixture.rows).toBeGreaterThan(10);
      expect(result.extracted.count).toBeGreaterThan(0);
      expect(result.extracted.caption).toContain('十四五');
      expect(result.extracted.rows).toBeGreaterThan(10);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('elements and the lite entry bundle without zod up front', async () => {
    const esbuild = createRequire(fromRoot.resolve('tsup'))('esbuild') as Esbuild;
    const zodIn = (inputs: Record<string, unknown>) => Object.keys(inputs).filter((p) => p.includes('node_modules/zod/')).length;
    writeFileSync(join(app, 'elements-only.mjs'), `import '@zhengce/elements/define';\n`);
    writeFileSync(join(app, 'lite-only.mjs'), `import { assessProgress } from '@zhengce/core/lite';\nconsole.log(assessProgress);\n`);
    writeFileSync(join(app, 'full-only.mjs'), `import { assessProgress } from '@zhengce/core';\nconsole.log(assessProgress);\n`);
    const built = await esbuild.build({
      absWorkingDir: app,
      entryPoints: ['elements-only.mjs', 'lite-only.mjs', 'full-only.mjs'],
      bundle: true,
      splitting: true,
      outdir: join(work, 'split'),
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = built.metafile.outputs;
    // What a page loads up front: an entry's chunk and every chunk it imports statically (the
    // parser behind a dynamic import() loads only when a text must be parsed in the page).
    const eagerZod = (entryPoint: string) => {
      const seen = new Set<string>();
      const visit = (path: string): number => {
        if (seen.has(path)) return 0;
        seen.add(path);
        const output = outputs[path]!;
        return zodIn(output.inputs) + output.imports.filter((i) => i.kind === 'import-statement').reduce((n, i) => n + visit(i.path), 0);
      };
      return visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint === entryPoint)!);
    };
    expect(eagerZod('elements-only.mjs')).toBe(0);
    expect(eagerZod('lite-only.mjs')).toBe(0);
    expect(eagerZod('full-only.mjs')).toBeGreaterThan(0); // so the check can fail
  });
});
