import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, VERSION } from '../src/index.js';
import { csvLine } from '../src/csv.js';
import { DECISION, GAZETTE, PLAN14, PLAN15, REGULATION, run } from './helpers.js';

const DIAGNOSTIC_LINE = /^.+:\d+:\d+: (error|warning|info) [a-z-]+ .+$/;

describe('zhengce parse (acceptance: JSON on stdout, diagnostics on stderr, exit 0)', () => {
  it('prints the parse result JSON and exits 0', async () => {
    const r = await run(['parse', REGULATION]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ kind: 'regulation', meta: { title: '山西省制造业高质量发展促进条例' } });
    for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(DIAGNOSTIC_LINE);
  });

  it('--outline prints the readable outline', async () => {
    const r = await run(['parse', REGULATION, '--outline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^山西省制造业高质量发展促进条例 {2}\[regulation · pdf\]/);
    expect(r.stdout).toContain('  第四十三条');
  });

  it('--all prints tree, tables, panels and targets in one JSON (core parseAll), JSON formats only', async () => {
    const r = await run(['parse', PLAN15, '--all']);
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout);
    expect(Object.keys(all)).toEqual(['result', 'tables', 'panels', 'targets']);
    expect(all.result.kind).toBe('plan');
    expect(all.tables[0].indicators.length).toBeGreaterThan(20);
    expect(all.panels).toHaveLength(22);
    expect(all.targets.filter((t: { review?: boolean }) => t.review)).toHaveLength(3);
    const nd = (await run(['parse', PLAN15, REGULATION, '--all', '-f', 'ndjson'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(nd.map((l) => [Object.keys(l), l.parsed.result.kind])).toEqual([
      [['file', 'parsed'], 'plan'],
      [['file', 'parsed'], 'regulation'],
    ]);
    expect((await run(['parse', PLAN15, '--all', '-f', 'md'])).code).toBe(2);
    expect((await run(['parse', PLAN15, '--all', '--outline'])).code).toBe(2);
  });

  it('--format md and html render the document with anchors, text escaped', async () => {
    const md = await run(['parse', REGULATION, '--format', 'md']);
    expect(md.stdout).toContain('<a id="article-1"></a>');
    const html = await run(['parse', REGULATION, '-f', 'html']);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stdout).toContain('id="article-43"');
  });

  it('reads stdin for -, and ndjson gives one {file, result} line per input', async () => {
    const stdin = new TextEncoder().encode('第一条 为了规范管理，制定本办法。\n第二条 本办法自2024年5月1日起施行。\n');
    const r = await run(['parse', '-', DECISION, '--format', 'ndjson'], { stdin });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['<stdin>', DECISION]);
    expect(lines[0].result.meta.dates.effective).toBe('2024-05-01');
    expect(lines[1].result.kind).toBe('decision');
  });

  it('honours --encoding (GB18030 and UTF-16LE bytes)', async () => {
    // 第一条 in GB18030: B5DA D2BB CCF5, then ASCII.
    const gb = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0x41, 0x42, 0x43, 0x0a]);
    const r = await run(['parse', '-', '--encoding', 'gb18030'], { stdin: gb });
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('第一条');
    const utf16 = new Uint8Array(Buffer.from('第一条 为了规范管理，制定本办法。\n', 'utf16le'));
    const r16 = await run(['parse', '-', '-e', 'utf-16le', '--outline'], { stdin: utf16 });
    expect(r16.stdout).toContain('第一条');
    expect((await run(['parse', '-', '--encoding', 'latin1'])).code).toBe(2);
  });
});

describe('errors and exit codes', () => {
  it('a missing file exits 1 with one line: zhengce: cannot read <file>: <reason>', async () => {
    const r = await run(['parse', 'missing.txt']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'zhengce: cannot read missing.txt: no such file or directory\n' });
  });

  it('an unreadable file exits 1 (unless running as root)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-'));
    const file = join(dir, 'locked.txt');
    writeFileSync(file, '第一条 内容。');
    chmodSync(file, 0o000);
    const r = await run(['outline', file]);
    if (process.getuid?.() === 0) expect(r.code).toBe(0);
    else expect(r).toMatchObject({ code: 1, stderr: `zhengce: cannot read ${file}: permission denied\n` });
  });

  it('unparsable input exits 1 with the error code', async () => {
    const r = await run(['parse', '-'], { stdin: new Uint8Array() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^zhengce: <stdin>: empty-input: .+\n$/);
  });

  it('unknown commands and options exit 2 with a one-line message', async () => {
    for (const argv of [['frobnicate'], ['parse', REGULATION, '--bogus'], ['--bogus'], ['parse', REGULATION, '--format', 'xml'], ['indicators', REGULATION, '-f', 'html'], ['parse']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^zhengce: [^\n]+\n$/);
    }
    expect((await run([])).code).toBe(2);
  });

  it('--help for every command, with examples, exits 0; --version prints the package version', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const command of COMMANDS) {
      expect(top.stdout).toContain(`  ${command.name}`);
      const r = await run([command.name, '--help']);
      expect(r.code, command.name).toBe(0);
      expect(r.stdout).toContain(`zhengce ${command.name}`);
      if (command.name !== 'demo') expect(r.stdout, command.name).toContain('Examples:');
      expect((await run(['help', command.name])).stdout).toBe(r.stdout);
    }
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect((await run(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('zhengce outline', () => {
  it('prints chapters only with --depth 0, and a JSON tree with ids', async () => {
    const text = await run(['outline', PLAN15, '--depth', '0']);
    expect(text.stdout).toContain('  第一章 坚定有序推进转型发展');
    expect(text.stdout).not.toContain('第一节');
    const json = await run(['outline', REGULATION, '--format', 'json']);
    const [doc] = JSON.parse(json.stdout);
    expect(doc.outline.filter((e: { type: string }) => e.type === 'article')).toHaveLength(43);
    expect(doc.outline.find((e: { label?: string }) => e.label === '第一条')).toMatchObject({ id: 'article-1' });
    expect((await run(['outline', REGULATION, '--depth', 'x'])).code).toBe(2);
  });
});

describe('zhengce indicators', () => {
  it('prints the indicator tables as JSON', async () => {
    const r = await run(['indicators', PLAN15]);
    expect(r.code).toBe(0);
    const tables = JSON.parse(r.stdout);
    expect(tables[0]).toMatchObject({ panelLabel: expect.stringContaining('专栏') });
    expect(tables[0].indicators.length).toBeGreaterThan(10);
  });

  it('--csv: one row per indicator value with title, number, category, name, unit, role, year, raw, value, qualifier, restoration', async () => {
    const r = await run(['indicators', GAZETTE, '--csv']);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe(
      'file,table,panel,number,category,indicator,unit,attribute,role,column,year,raw,value,qualifier,cumulative,restoration_method,restoration_confidence',
    );
    const gdp = rows.find((row) => row.includes(',地区生产总值,') && row.includes(',baseline,'))!;
    expect(gdp).toContain('“十三五”规划主要指标实现情况');
    expect(gdp).toMatch(/,2015,１１８３６３９,11836\.39,,,digits-rule,0\.\d+$/);
    expect(rows.some((row) => /,target,.*,at-least,/.test(row))).toBe(true);
  });
});

describe('zhengce projects, targets, progress', () => {
  it('projects: panels with projects, and a CSV row per project', async () => {
    const json = JSON.parse((await run(['projects', PLAN15])).stdout);
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((p: { kind: string }) => p.kind === 'projects' || p.kind === 'initiatives')).toBe(true);
    const csv = (await run(['projects', PLAN15, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0]).toBe('file,panel,panel_title,kind,group,action,name,location,scale,period,line,column');
    expect(csv.length).toBeGreaterThan(20);
  });

  it('targets: the plan end year from the title (十五五 → 2030, 十四五 → 2025) unless stated', async () => {
    const t15 = JSON.parse((await run(['targets', PLAN15])).stdout);
    const gdp = t15.find((t: { indicator: string; kind: string }) => t.indicator === '地区生产总值' && t.kind === 'annual-growth');
    expect(gdp).toMatchObject({ year: 2030, yearStated: false, quantity: { value: 5, qualifier: 'about' } });
    type T = { yearStated: boolean; year?: number; review?: boolean };
    const t14: T[] = JSON.parse((await run(['targets', PLAN14])).stdout);
    // Goals get the plan's end; the 20 results of “十三五”发展成就 are marked review and get none.
    expect(t14.filter((t) => !t.yearStated && !t.review).every((t) => t.year === 2025)).toBe(true);
    expect(t14.filter((t) => t.review)).toHaveLength(20);
    expect(t14.filter((t) => t.review && !t.yearStated).every((t) => t.year === undefined)).toBe(true);
    const forced: T[] = JSON.parse((await run(['targets', PLAN15, '--plan-end', '2035'])).stdout);
    expect(forced.find((t) => !t.yearStated && !t.review)!.year).toBe(2035);
    const csv = (await run(['targets', PLAN14, '--format', 'csv'])).stdout.split('\n');
    expect(csv[0]).toContain('year_stated,review,line');
    // The review result: no year, year_stated false, review true.
    expect(csv.find((line) => line.includes(',地区生产总值,annual-growth,5.4%,'))).toContain(',%,,false,true,');
    expect((await run(['targets', PLAN15, '--plan-end', 'soon'])).code).toBe(2);
  });

  it('progress: 003’s 专栏1 compares 2020 targets with 2020 actuals and assesses progress from 2015', async () => {
    const rows = JSON.parse((await run(['progress', GAZETTE])).stdout);
    expect(rows.length).toBeGreaterThan(20);
    const urban = rows.find((r: { indicator: string }) => r.indicator === '户籍人口城镇化率');
    expect(urban).toMatchObject({ baseline: { year: 2015 }, target: { year: 2020, value: 44 }, actual: { year: 2020, value: 42.9 }, status: 'not-met' });
    expect(urban.progress.status).toBe('needs-acceleration');
    expect(rows.some((r: { status: string; progress?: { status: string } }) => r.status === 'met' && r.progress?.status === 'target-met')).toBe(true);
    const none = await run(['progress', REGULATION]);
    expect(none.stdout.trim()).toBe('[]');
    expect(none.stderr).toContain('no indicator table with actual values');
  });
});

describe('zhengce check', () => {
  it('prints file:line:column: severity code message and exits 0 without errors', async () => {
    const r = await run(['check', GAZETTE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(DIAGNOSTIC_LINE);
    expect(lines.some((l) => l.startsWith(`${GAZETTE}:6426:12: warning decimal-uncertain `))).toBe(true);
    expect(r.stderr).toMatch(/^zhengce check: 1 file, 0 errors, \d+ warnings, \d+ info\n$/);
  });

  it('exits 1 when an error-severity diagnostic exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-'));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const r = await run(['check', REGULATION, join(dir, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'empty.txt')}:1:1: error empty-input `);
    const json = JSON.parse((await run(['check', join(dir, 'empty.txt'), '--format', 'json'])).stdout);
    expect(json).toEqual([expect.objectContaining({ severity: 'error', code: 'empty-input', line: 1, column: 1 })]);
  });
});

describe('zhengce demo', () => {
  it('prints the outline, the main indicator table and a few targets', async () => {
    const r = await run(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== Outline (chapters) ==');
    expect(r.stdout).toContain('第一章 坚定有序推进转型发展');
    expect(r.stdout).toMatch(/== 专栏 ?1 .*主要指标 \(\d+ indicators\) ==/);
    expect(r.stdout).toMatch(/== Targets in the text: \d+ found; plan period ends 2030/);
  });
});

describe('csv', () => {
  it('quotes separators and guards formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', '=SUM(A1)', -1.5, undefined, '+1', 'x\ny'])).toBe('"a,b","say ""hi""",\'=SUM(A1),-1.5,,\'+1,"x\ny"\n');
  });
});
