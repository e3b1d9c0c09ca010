import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISION, REGULATION, run } from './helpers.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-batch-'));
  copyFileSync(DECISION, join(dir, 'a-decision.txt'));
  writeFileSync(join(dir, 'b-empty.txt'), '\n\n');
  mkdirSync(join(dir, 'c-sub'));
  copyFileSync(REGULATION, join(dir, 'c-sub', 'regulation.md'));
  writeFileSync(join(dir, 'c-sub', 'ignored.pdf'), 'not text');
  writeFileSync(join(dir, '.hidden.txt'), '第一条 隐藏。');
  return dir;
}

describe('zhengce batch', () => {
  const dir = folder();

  it('writes one NDJSON line per file in input order, a failure as {file, error}, and a summary on stderr', async () => {
    const r = await run(['batch', dir, '--jobs', '1']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'a-decision.txt'), join(dir, 'b-empty.txt'), join(dir, 'c-sub', 'regulation.md')]);
    expect(lines[0].result.kind).toBe('decision');
    expect(lines[1]).toEqual({ file: join(dir, 'b-empty.txt'), error: { code: 'empty-input', message: expect.any(String) } });
    expect(lines[2].result.kind).toBe('regulation');
    expect(r.stderr).toMatch(
      /^zhengce batch: 3 files, 2 parsed, 1 failed; kinds: (decision 1, regulation 1|regulation 1, decision 1); diagnostics: \d+ errors, \d+ warnings, \d+ info; [\d.]+ s on 1 thread\n$/,
    );
    expect(r.stderr).not.toContain('\r');
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const r = await run(['batch', dir, '--jobs', '1'], { tty: true });
    expect(r.stderr).toContain('\r');
    expect(r.stderr).toMatch(/\[#+\] 3\/3 /);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('parses in worker threads with the same output as in one thread', async () => {
    const single = await run(['batch', dir, '--jobs', '1']);
    const parallel = await run(['batch', dir, '--jobs', '2']);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toMatch(/ s on 2 threads\n$/);
    expect(parallel.stderr).not.toContain('worker failed');
  }, 180_000);

  it('--all writes everything per file ({file, parsed}: result, tables, panels, targets), in workers too', async () => {
    const single = await run(['batch', dir, '--all', '--jobs', '1']);
    const lines = single.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(lines[0])).toEqual(['file', 'parsed']);
    expect(Object.keys(lines[0].parsed)).toEqual(['result', 'tables', 'panels', 'targets']);
    expect(lines[0].parsed.result.kind).toBe('decision');
    expect(lines[1].error.code).toBe('empty-input');
    expect(lines[2].parsed.result.kind).toBe('regulation');
    const parallel = await run(['batch', dir, '--all', '--jobs', '2']);
    expect(parallel.stdout).toBe(single.stdout);
  }, 180_000);

  it('rejects bad --jobs, stdin and other formats with exit 2', async () => {
    expect((await run(['batch', dir, '--jobs', '0'])).code).toBe(2);
    expect((await run(['batch', '-'])).code).toBe(2);
    expect((await run(['batch', dir, '--format', 'json'])).code).toBe(2);
    expect((await run(['batch', join(dir, 'nope')])).stderr).toMatch(/^zhengce: cannot read .*nope: no such file or directory\n$/);
  });
});
