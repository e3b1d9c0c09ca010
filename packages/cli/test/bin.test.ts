import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGULATION } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/** The real bin in a child process, as `pnpm zhengce` runs it (tsx, source condition). */
function zhengce(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

describe('the zhengce bin (one spawn per exit code)', () => {
  it('exits 0 with JSON on stdout, 1 on a missing file, 2 on an unknown command', () => {
    const ok = zhengce('parse', REGULATION);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).kind).toBe('regulation');
    const missing = zhengce('parse', 'missing.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('zhengce: cannot read missing.txt: no such file or directory\n');
    const unknown = zhengce('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("zhengce: unknown command 'frobnicate'. Run zhengce --help.\n");
  }, 180_000);
});
