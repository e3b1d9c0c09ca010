/**
 * `pnpm bench:elements`: time to render `<zc-indicator-table>` in Chromium against a plain
 * hand-written `<table>` of the same data, plus the gzip size of the one-file bundle, written to
 * docs/performance.md between the `elements-bench:start`/`elements-bench:end` markers.
 * Also run at the end of `pnpm bench` (not with `--quick`).
 *
 * Flags: `--no-write` (print only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'tsup';
import { extractIndicatorTables, type Indicator, type IndicatorTable } from '../packages/core/src/index.js';
import { bundleOptions } from '../packages/elements/tsup.config.js';
import { REPORT_PATH } from './report.js';
import { SEEDS_DIR } from './inputs.js';
import { median } from './interleave.js';

export const START = '<!-- elements-bench:start -->';
export const END = '<!-- elements-bench:end -->';

const ELEMENTS = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const BUNDLE = `${ELEMENTS}dist/zhengce-elements.bundle.js`;
const SEED = `${SEEDS_DIR}003_3191d9a98261c202.txt`;
const BIG_ROWS = 1000;

/** Rounds per case: the small table is cheap, so more rounds for a steadier median. */
const CASES = [
  { name: '专栏2 of the 14th plan (003)', warmup: 10, rounds: 40 },
  { name: `${BIG_ROWS.toLocaleString('en')} rows (专栏2 repeated)`, warmup: 3, rounds: 25 },
] as const;

export interface CaseResult {
  name: string;
  indicators: number;
  oursMs: number;
  plainMs: number;
  rounds: number;
}

export interface ElementsReport {
  date: string;
  machine: string;
  browser: string;
  bundle: { raw: number; gzip: number };
  cases: CaseResult[];
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * Builds the bundle the way the elements' test global setup does (tsup, bundle options only):
 * always, so the size and the times are those of the current source, never of a stale dist/.
 */
async function buildBundle(): Promise<string> {
  await build({
    ...bundleOptions,
    entry: { 'zhengce-elements.bundle': `${ELEMENTS}src/bundle.ts` },
    outDir: `${ELEMENTS}dist`,
    tsconfig: `${ELEMENTS}tsconfig.json`,
    silent: true,
    config: false,
  });
  if (!existsSync(BUNDLE)) throw new Error(`bundle not built: ${BUNDLE}`);
  return readFileSync(BUNDLE, 'utf8');
}

/** 专栏2 of 003 (the 14th plan's main indicators, 38 rows). */
export function planTable(text = readFileSync(SEED, 'utf8')): IndicatorTable {
  const tables = extractIndicatorTables(text);
  const table = tables.find((t) => t.panelNumber === 2) ?? tables.find((t) => t.indicators.length === 38);
  if (!table) throw new Error('专栏2 not found in 003');
  return table;
}

/** `rows` indicators cycling through the table's, renumbered 1…n and named `…（copy）` so every row is distinct. */
export function repeatRows(table: IndicatorTable, rows: number): IndicatorTable {
  const src = table.indicators;
  const indicators = Array.from({ length: rows }, (_, i): Indicator => {
    const ind = src[i % src.length]!;
    const copy = Math.floor(i / src.length) + 1;
    const { numberLabel: _label, ...rest } = ind;
    return { ...rest, number: i + 1, name: `${ind.name}（${copy}）` };
  });
  return { ...table, indicators };
}

/** In-page timing options. */
interface PageCase {
  table: IndicatorTable;
  warmup: number;
  rounds: number;
}

/**
 * Runs in the page. Each round renders both, in alternating order (so neither always follows
 * the other's garbage), into a fresh node, and stops the clock after a forced layout.
 */
async function timeInPage({ table, warmup, rounds }: PageCase): Promise<{ ours: number[]; plain: number[] }> {
  const host = document.createElement('div');
  document.body.append(host);
  const Q: Record<string, string> = { 'more-than': '>', 'at-least': '≥', 'at-most': '≤', 'less-than': '<' };
  const valueText = (ind: Indicator, role: string) => {
    const v = ind.values.find((x) => x.role === role);
    if (v?.value === undefined) return '—';
    return `${Q[v.qualifier ?? ''] ?? ''}${v.value}${v.qualifier === 'about' ? '左右' : ''}`;
  };
  const ATTRIBUTE: Record<string, string> = { expected: '预期性', binding: '约束性' };
  // A plain table as a page author would write it: DOM APIs, no framework, no styles.
  const plain = () => {
    const t = document.createElement('table');
    t.createCaption().textContent = [table.panelLabel, table.title].filter(Boolean).join(' ');
    const head = t.createTHead().insertRow();
    const col = (role: string) => table.columns.find((c) => c.role === role)?.label ?? role;
    for (const label of ['序号', '指标', '单位', col('baseline'), col('target'), col('growth'), '属性']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.append(th);
    }
    const body = t.createTBody();
    for (const ind of table.indicators) {
      const tr = body.insertRow();
      const cells = [
        ind.numberLabel ?? String(ind.number ?? ''),
        ind.name,
        ind.unit?.raw ?? '',
        valueText(ind, 'baseline'),
        valueText(ind, 'target'),
        valueText(ind, 'growth'),
        ATTRIBUTE[ind.attribute ?? ''] ?? '',
      ];
      for (const text of cells) tr.insertCell().textContent = text;
    }
    return t;
  };
  const once = async (kind: 'ours' | 'plain') => {
    const t0 = performance.now();
    let el: HTMLElement;
    if (kind === 'ours') {
      const zc = document.createElement('zc-indicator-table') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      zc.data = table;
      host.append(zc);
      await zc.updateComplete;
      el = zc;
    } else {
      el = plain();
      host.append(el);
    }
    const height = el.offsetHeight; // forced layout: rendered means laid out
    const ms = performance.now() - t0;
    if (height === 0) throw new Error(`${kind}: rendered with zero height`);
    el.remove();
    return ms;
  };
  const ours: number[] = [];
  const plainMs: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const order = i % 2 === 0 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const);
    for (const kind of order) {
      const ms = await once(kind);
      if (i >= warmup) (kind === 'ours' ? ours : plainMs).push(ms);
    }
  }
  host.remove();
  return { ours, plain: plainMs };
}

/** Builds the bundle, loads it into one headless Chromium page and times both tables there. */
export async function measure(): Promise<ElementsReport> {
  log('· elements: building the one-file bundle …');
  const code = await buildBundle();
  const bundle = { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).byteLength };
  const small = planTable();
  const tables = [small, repeatRows(small, BIG_ROWS)];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    // tsx compiles with esbuild's keepNames: functions sent to the page call its `__name` helper.
    await page.evaluate('globalThis.__name = (f) => f');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.evaluate(() => customElements.whenDefined('zc-indicator-table'));
    const cases: CaseResult[] = [];
    for (const [i, c] of CASES.entries()) {
      const table = tables[i]!;
      log(`· elements: ${c.name}, ${table.indicators.length} indicators …`);
      const times = await page.evaluate(timeInPage, { table, warmup: c.warmup, rounds: c.rounds });
      const r: CaseResult = { name: c.name, indicators: table.indicators.length, oursMs: median(times.ours), plainMs: median(times.plain), rounds: c.rounds };
      log(`    <zc-indicator-table> ${r.oursMs.toFixed(2).padStart(8)} ms   plain <table> ${r.plainMs.toFixed(2).padStart(8)} ms   ×${(r.oursMs / r.plainMs).toFixed(2)}`);
      cases.push(r);
    }
    const cpu = cpus();
    return {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform}-${process.arch}`,
      browser: `Chromium ${browser.version()} headless (playwright-core)`,
      bundle,
      cases,
    };
  } finally {
    await browser.close();
  }
}

const fmt = (x: number) => x.toFixed(2);

export function renderElementsReport(r: ElementsReport): string {
  return [
    START,
    `_Generated by \`pnpm bench:elements\` on ${r.date} · ${r.browser} · ${r.machine}. Do not edit by hand._`,
    '',
    'Time to render `<zc-indicator-table>` (create, set `data`, append, `await updateComplete`, read `offsetHeight`) against a plain `<table>` built with DOM APIs from the same data (caption, `<th scope=col>` header, one row per indicator, the same seven columns, no styles), forced layout included, in the same page, alternated round by round after warm-up; medians.',
    '',
    '| table | indicators | `<zc-indicator-table>` (ms) | plain `<table>` (ms) | ours ÷ plain | rounds |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.cases.map(
      (c) => `| ${c.name} | ${c.indicators.toLocaleString('en')} | ${fmt(c.oursMs)} | ${fmt(c.plainMs)} | ${fmt(c.oursMs / c.plainMs)} | ${c.rounds} |`,
    ),
    '',
    `One-file bundle \`dist/zhengce-elements.bundle.js\` (Lit, the four components, core's calculators): ${r.bundle.raw.toLocaleString('en')} bytes, **${r.bundle.gzip.toLocaleString('en')} bytes gzip** (\`gzipSync\`, level 9).`,
    '',
    'How to read it: the ratio is what the component costs over the least a page could do to show the same numbers; it pays for the shadow root and its styles, the filter/search/CSV bar, category group rows, the sort buttons in every header and the parts of compound rows (so it renders a few more rows than the plain table). Single timings on this shared two-core machine are ±20 %, and `performance.now()` in the page is coarsened to 0.1 ms: compare ratios, not milliseconds.',
    END,
  ].join('\n');
}

/** Replaces only what lies between the elements markers; the rest of the file is someone else's. */
export function writeElementsReport(block: string, path = REPORT_PATH): void {
  const current = readFileSync(path, 'utf8');
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path}: markers ${START} … ${END} not found; not writing`);
  writeFileSync(path, current.slice(0, from) + block + current.slice(to + END.length));
}

export async function runElementsBench({ write }: { write: boolean }): Promise<void> {
  const block = renderElementsReport(await measure());
  process.stdout.write(`${block}\n`);
  if (write) {
    writeElementsReport(block);
    log(`wrote ${REPORT_PATH} (elements section)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runElementsBench({ write: !process.argv.includes('--no-write') });
}
