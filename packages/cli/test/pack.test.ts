// Release check: build, pack core and cli with `pnpm pack`, install the tarballs into a fresh
// project with plain npm (zod, date-fns and yaml come from the registry, preferring the local
// cache), then import them from Node and run the installed bin. Slow (builds and installs), so
// it runs once, serially, with a generous timeout for a 2-core machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REGULATION = join(ROOT, 'fixtures/seeds/004_a2b1769d98c9ece2.txt');
const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });

describe.sequential('packed packages', () => {
  it('install from their tarballs and work from Node: ESM import, schema JSON, the zhengce bin', () => {
    const work = mkdtempSync(join(tmpdir(), 'zhengce-pack-'));
    for (const pkg of ['core', 'cli']) {
      sh('pnpm', ['--filter', `@zhengce/${pkg}`, 'build'], ROOT);
      sh('pnpm', ['pack', '--pack-destination', work], join(ROOT, 'packages', pkg));
    }
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    expect(tarballs.sort()).toEqual(['zhengce-cli-0.1.0.tgz', 'zhengce-core-0.1.0.tgz']);
    const app = join(work, 'app');
    sh('mkdir', ['-p', app], work);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs.map((t) => join(work, t))], app);

    writeFileSync(
      join(app, 'check.mjs'),
      `import { parseDocument, toAkomaNtoso, toHtml, formatOutline } from '@zhengce/core';
import schema from '@zhengce/core/schema/document.json' with { type: 'json' };
import { main } from '@zhengce/cli';
import { readFileSync } from 'node:fs';
const doc = parseDocument(readFileSync(${JSON.stringify(REGULATION)}));
console.log(JSON.stringify({ kind: doc.kind, xml: toAkomaNtoso(doc).includes('<article eId="art_43"'), html: toHtml(doc).includes('id="article-1"'), outline: formatOutline(doc).split('\\n')[0], schema: schema.title, main: typeof main }));
`,
    );
    const out = JSON.parse(sh('node', ['check.mjs'], app));
    expect(out).toEqual({ kind: 'regulation', xml: true, html: true, outline: '山西省制造业高质量发展促进条例  [regulation · pdf]', schema: 'document', main: 'function' });

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
  }, 900_000);
});
