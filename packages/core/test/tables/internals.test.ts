import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/models/indicator.js';
import { SourceText } from '../../src/source/source-text.js';
import { cellReader, parseCell } from '../../src/tables/cell.js';
import { sameRow } from '../../src/tables/extract.js';
import { bigramSet, linesOf, tokenize } from '../../src/tables/lines.js';
import { decimalReadings } from '../../src/tables/restore.js';

describe('table internals', () => {
  it('cellReader parses each text once and answers like parseCell, empty cells included', () => {
    const read = cellReader();
    const first = read('６５左右');
    expect(first).toEqual(parseCell('６５左右'));
    expect(read('６５左右')).toBe(first);
    expect(read('—')).toBeUndefined();
    expect(read('—')).toBeUndefined();
  });

  it('bigramSet pairs consecutive ideographs, other characters left out', () => {
    expect([...bigramSet('城镇化率(%)')]).toEqual(['城镇', '镇化', '化率']);
    expect([...bigramSet('常住 人口A城镇')]).toEqual(['常住', '住人', '人口', '口城', '城镇']);
    expect(bigramSet('PM2.5').size).toBe(0);
  });

  it('tokenize splits on every whitespace the regex \\s matches, keeping offsets', () => {
    const lines = linesOf(new SourceText('x\n 地区\u3000生产\t总值 \u00a0１２\r\n'));
    expect(tokenize(lines.at(1)!).map((t) => [t.text, t.raw, t.start, t.end])).toEqual([
      ['地区', '地区', 3, 5],
      ['生产', '生产', 6, 8],
      ['总值', '总值', 9, 11],
      ['12', '１２', 13, 15],
    ]);
  });

  it('decimalReadings divides by powers of ten exactly as the written-out number parses', () => {
    for (const digits of ['1183639', '999999999999999', '1234567890123456789', '-30001', '7']) {
      const body = digits.replace('-', '');
      const sign = digits.startsWith('-') ? -1 : 1;
      decimalReadings(digits).forEach((r, k) => {
        const written = k === 0 ? body : `${body.slice(0, body.length - k)}.${body.slice(body.length - k)}`;
        expect(r.value).toBe(sign * Number(written));
      });
    }
  });

  it('sameRow compares name, raw values and part cells; no parts and no part list alike', () => {
    const row = (rawName: string, raws: string[], parts?: string[][]): Indicator =>
      ({ name: rawName, rawName, values: raws.map((raw) => ({ raw })), cells: [], position: {}, ...(parts ? { parts: parts.map((cells) => ({ cells })) } : {}) }) as unknown as Indicator;
    expect(sameRow(row('A', ['1', '2']), row('A', ['1', '2'], []))).toBe(true);
    expect(sameRow(row('A', ['1', '2']), row('A', ['1', '3']))).toBe(false);
    expect(sameRow(row('A', ['1']), row('A', ['1', '2']))).toBe(false);
    expect(sameRow(row('A', [], [['x', '1']]), row('A', [], [['x', '1']]))).toBe(true);
    expect(sameRow(row('A', [], [['x', '1']]), row('A', [], [['x', '2']]))).toBe(false);
    expect(sameRow(row('A', []), row('B', []))).toBe(false);
  });
});
