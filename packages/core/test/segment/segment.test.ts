import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/segment/lines.js';
import { findFurniture } from '../../src/segment/furniture.js';
import { detectWrapWidth } from '../../src/segment/wrap.js';
import { SourceText } from '../../src/index.js';

describe('splitLines', () => {
  it('splits LF, CRLF and CR, keeping original offsets', () => {
    const text = '第一条\r\n第二条\r第三条\n';
    const lines = splitLines(text);
    expect(lines.map((l) => [l.text, l.start])).toEqual([
      ['第一条', 0],
      ['第二条', 5],
      ['第三条', 9],
      ['', 13],
    ]);
  });
});

describe('findFurniture', () => {
  it('finds page numbers and the running header next to them, not repeated body lines', () => {
    const body = (n: number) => `第${n}段正文内容。`;
    const text = [body(1), '—４—', '', '　某某公报２０２１２　', body(2), body(3), '- 5 -', '某某公报２０２１２', body(4), '各位代表：', '各位代表：', '各位代表：'].join('\n');
    const lines = splitLines(text);
    const furniture = [...findFurniture(lines)].sort((a, b) => a - b).map((i) => lines[i]!.raw);
    expect(furniture).toEqual(['—４—', '某某公报２０２１２', '- 5 -', '某某公报２０２１２']);
  });
});

describe('detectWrapWidth', () => {
  it('finds the width of hard-wrapped text and none for one-paragraph-per-line text', () => {
    const wrapped = Array.from({ length: 20 }, () => '县级以上人民政府应当加强对制造业高质量发展工作的领导').join('\n');
    expect(detectWrapWidth(splitLines(wrapped))).toBe(52);
    const soft = Array.from({ length: 20 }, (_, i) => '这是一个段落。'.repeat(1 + (i % 7))).join('\n');
    expect(detectWrapWidth(splitLines(soft))).toBeUndefined();
  });
});

describe('SourceText', () => {
  it('converts offsets to 1-based line and column', () => {
    const source = new SourceText('ab\ncd\n\nef');
    expect(source.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(source.pointAt(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(source.pointAt(7)).toEqual({ line: 4, column: 1, offset: 7 });
    expect(source.pointAt(99)).toEqual({ line: 4, column: 3, offset: 9 });
  });
});
