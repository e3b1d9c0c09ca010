import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatOutline, parseAll, planEndYear, type IndicatorTable, type PolicyDocument } from '@zhengce/core/lite';
import { flattenIndicators } from '../analysis.js';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../options.js';

const help = `zhengce demo — parse the bundled Shanxi 15th five-year plan outline and show what was found

Usage:
  zhengce demo

Prints the document's outline (chapters), its main indicator table and a few targets from the
running text. Try the same on your own files with zhengce outline, indicators and targets.
`;

const FIXTURE = '001_f61c2087ba53f0d6.txt';

/** The bundled fixture: beside the built files (dist/demo/), or in the repository's fixtures/seeds/. */
export function demoFixture(): string {
  const candidates = [
    new URL(`./demo/${FIXTURE}`, import.meta.url),
    new URL(`../../../../fixtures/seeds/${FIXTURE}`, import.meta.url),
    new URL(`../../../fixtures/seeds/${FIXTURE}`, import.meta.url),
  ].map((u) => fileURLToPath(u));
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

/** Display width: CJK and full-width characters count 2. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));

function tableText(table: IndicatorTable): string {
  const columns = table.columns;
  const header = ['', '指标', ...columns.map((c) => c.label), '属性'];
  const rows = flattenIndicators(table.indicators).map((ind) => [
    ind.numberLabel ?? String(ind.number ?? ''),
    ind.rawName.length > 24 ? `${ind.rawName.slice(0, 23)}…` : ind.rawName,
    ...columns.map((c) => ind.values.find((v) => v.column === c.label && (v.group ?? '') === (c.group ?? ''))?.raw ?? ''),
    ind.attribute === 'binding' ? '约束性' : ind.attribute === 'expected' ? '预期性' : '',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i] ?? ''))));
  return [header, ...rows].map((r) => '  ' + r.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd()).join('\n');
}

export const demo: Command = {
  name: 'demo',
  summary: 'parse the bundled plan outline and print a readable summary',
  help,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {}, 'demo');
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    const file = demoFixture();
    const bytes = await readFile(file);
    // One pass for everything the demo shows: tree, tables, targets.
    const { result, tables, targets: found } = parseAll(bytes);
    const doc = result as PolicyDocument;
    const out: string[] = [];
    out.push(`zhengce demo: ${FIXTURE} (${Math.round(bytes.length / 1024)} KB, bundled with Zhengce)\n`);
    out.push('== Outline (chapters) ==');
    out.push(formatOutline(result, { maxDepth: 0 }));
    const main = tables[0];
    if (main) {
      out.push('', `== ${main.panelLabel ? `${main.panelLabel} ` : ''}${main.title} (${flattenIndicators(main.indicators).length} indicators) ==`);
      out.push(tableText(main));
    }
    const end = result.kind === 'gazette' ? undefined : planEndYear(doc.meta);
    // Goals only: figures in the review of the past period are results (review: true).
    const targets = found.filter((t) => !t.review && t.quantity.value !== undefined);
    out.push('', `== Targets in the text: ${targets.length} found${end ? `; plan period ends ${end}` : ''} (first 8) ==`);
    for (const t of targets.slice(0, 8)) {
      const unit = t.unit?.raw ?? '';
      out.push(`  ${t.position.start.line}:${t.position.start.column}  ${t.indicator}  ${t.quantity.raw}${unit && !t.quantity.raw.includes(unit) ? unit : ''}  (${t.kind}, ${t.year ?? '?'}${t.yearStated ? '' : ' plan end'})`);
    }
    out.push(
      '',
      'Next: zhengce outline|indicators|projects|targets|progress|check <file>   (zhengce --help)',
      '',
    );
    io.stdout(out.join('\n'));
    return 0;
  },
};
