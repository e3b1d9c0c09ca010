import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutWidthOf } from '../../src/normalize/chars.js';
import { foldWidth } from '../../src/normalize/width.js';
import { joinLines, lineOffsets, rawText, splitLines, type Line, type LineTable } from '../../src/segment/lines.js';
import { findFurniture } from '../../src/segment/furniture.js';
import { detectWrapWidth } from '../../src/segment/wrap.js';
import { measureLayout, type Layout } from '../../src/segment/blocks.js';
import { findTrailingChrome } from '../../src/segment/chrome.js';
import { parseDocument, SourceText } from '../../src/index.js';
import { seed } from '../helpers.js';

/** The cleaned lines of `text` from `from` on. */
const table = (text: string, from?: number): LineTable => splitLines(new SourceText(text), from);
const split = (text: string, from?: number): Line[] => table(text, from).lines();

describe('splitLines', () => {
  it('splits LF, CRLF and CR, keeping original offsets', () => {
    const text = '第一条\r\n第二条\r第三条\n';
    const lines = split(text);
    expect(lines.map((l) => [l.text, l.start])).toEqual([
      ['第一条', 0],
      ['第二条', 5],
      ['第三条', 9],
      ['', 13],
    ]);
  });

  it('gives every cleaned character an offset inside its line, and no offsets past the last line', () => {
    // The arena's memory is not zeroed: its unwritten tail must never be visible.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('第', '一', '条', ' ', '　', '*', '<b>', ',', '１', '\n', '\r\n', '\r', '\r', '\t', 'a') }), (text) => {
        const lines = split(text);
        for (const line of lines) {
          const { cleaned } = line;
          expect(cleaned.offsets.length).toBe(cleaned.text.length);
          for (let k = line.at; k < line.at + line.text.length; k++) {
            expect(cleaned.offsets[k]).toBeGreaterThanOrEqual(line.start);
            expect(cleaned.offsets[k]).toBeLessThan(line.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a long text in pieces of whole lines that join as one text would', () => {
    // 3,000 lines of 31 characters and one of 70,000: pieces of at most 32 Ki code units, the
    // long line alone in its own.
    const short = Array.from({ length: 3000 }, (_, k) => `第${k}条　**甲乙丙**，丁 戊${'己'.repeat(k % 17)}`);
    const text = [...short.slice(0, 1500), '长'.repeat(70_000), ...short.slice(1500)].join('\n');
    const lines = split(text);
    const pieces = [...new Set(lines.map((l) => l.cleaned))];
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      const inPiece = lines.filter((l) => l.cleaned === piece);
      expect(piece.text).toBe(inPiece.map((l) => l.text).join(''));
      expect(piece.offsets.length).toBe(piece.text.length);
      if (inPiece.length > 1) expect(piece.text.length).toBeLessThanOrEqual(1 << 15);
    }
    expect(lines[1500]!.text).toBe('长'.repeat(70_000));
    expect(lines[1500]!.cleaned.text).toBe(lines[1500]!.text);
    // Every line as if cleaned alone; a run of lines across a piece's end joins by copying.
    const alone = (k: number) => split(text.slice(lines[k]!.start, lines[k]!.end))[0]!;
    for (let k = 0; k < lines.length; k++) {
      expect(lines[k]!.text).toBe(alone(k).text);
      expect([...lineOffsets(lines[k]!)]).toEqual([...lineOffsets(alone(k))].map((o) => o + lines[k]!.start));
    }
    const straddle = lines.findIndex((l, k) => k > 0 && l.cleaned !== lines[k - 1]!.cleaned && k !== 1500 && k !== 1501);
    expect(straddle).toBeGreaterThan(0);
    const run = lines.slice(straddle - 2, straddle + 2);
    const joined = joinLines(run);
    expect(joined.text).toBe(run.map((l) => l.text).join(''));
    expect([...joined.offsets]).toEqual(run.flatMap((l) => [...lineOffsets(l)]));
  });

  it('splits from any offset as it splits the text after it, with LF, CRLF or CR', () => {
    const lf = '---\na: 1\n---\n第一条　甲\n\n第二条 乙  \n丙';
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const plain = (l: Line, shift: number) => [l.text, l.start + shift, l.end + shift, l.rawWidth];
      const froms = [0, 1, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
      for (const from of froms) {
        expect(split(text, from).map((l) => plain(l, 0))).toEqual(split(text.slice(from)).map((l) => plain(l, from)));
      }
    }
  });

  it('tells the source where width folding changes it, so its folded text is exact', () => {
    // Cleaning notes the positions as it reads (in indents and tags too); the source folds only
    // those. Front matter before `from` with a full-width character of its own: folded in full.
    const unit = fc.constantFrom('第', '条', '１', 'Ａ', '，', '\u00a0', '\u3000', ' ', '<b>', '<b １>', '**', '\n', '\r\n', '\t', '％', 'a');
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit }), (head, body) => {
        const text = head + body;
        const source = new SourceText(text);
        splitLines(source, head.length);
        expect(source.folded).toBe(foldWidth(text));
      }),
      { numRuns: 500 },
    );
  });

  // Cleaning measures the raw layout while it reads each character once; this is the plain
  // definition it must agree with, on lines with indents, markers, decoration and trailing space.
  it('measures the layout width and column gaps of the line as written', () => {
    const isGap = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;
    const expected = (raw: string) => {
      const content = raw.replace(/[\s\ufeff]+$/u, '');
      let width = 0;
      let gaps = 0;
      let run = 0;
      for (let i = 0; i < content.length; i++) {
        const c = content.charCodeAt(i);
        width += layoutWidthOf(c);
        if (isGap(c)) {
          if (++run === 2) gaps++;
        } else run = 0;
      }
      return { width, gaps };
    };
    const piece = fc.constantFrom('第', '条', '１', '2', ' ', '  ', '\u3000', '\u00a0', '\t', '**', '__', '<b>', '</b>', '<span class="x">', '# ', '- ', '> ', ',', '.', '（', 'Ａ', '\ufeff');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('');
        const [line] = split(raw);
        const { width, gaps } = expected(raw);
        expect(line!.rawWidth).toBe(line!.text.length === 0 ? 0 : width);
        if (gaps < 2) expect(line!.columnar).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(split('  指标  单位  目标值  ')[0]!.columnar).toBe(true);
  });
});

describe('findFurniture', () => {
  it('finds page numbers and the running header next to them, not repeated body lines', () => {
    const body = (n: number) => `第${n}段正文内容。`;
    const text = [body(1), '—４—', '', '　某某公报２０２１２　', body(2), body(3), '- 5 -', '某某公报２０２１２', body(4), '各位代表：', '各位代表：', '各位代表：'].join('\n');
    const lines = split(text);
    const furniture = [...findFurniture(table(text), text)].sort((a, b) => a - b).map((i) => rawText(text, lines[i]!));
    expect(furniture).toEqual(['—４—', '某某公报２０２１２', '- 5 -', '某某公报２０２１２']);
  });
});

describe('findFurniture on digit-led lines', () => {
  it('takes 3/45 (half or full width) for a page number, never a line of digits alone', () => {
    const text = ['第一段正文内容。', '12/40', '第二段正文内容。', '１３／４０', '2025', '12.5', '３０', '第三段正文内容。'].join('\n');
    const lines = split(text);
    const furniture = [...findFurniture(table(text), text)].sort((a, b) => a - b).map((i) => rawText(text, lines[i]!));
    expect(furniture).toEqual(['12/40', '１３／４０']);
  });
});

describe('detectWrapWidth', () => {
  it('finds the width of hard-wrapped text and none for one-paragraph-per-line text', () => {
    const wrapped = Array.from({ length: 20 }, () => '县级以上人民政府应当加强对制造业高质量发展工作的领导').join('\n');
    expect(detectWrapWidth(table(wrapped))).toBe(52);
    const soft = Array.from({ length: 20 }, (_, i) => '这是一个段落。'.repeat(1 + (i % 7))).join('\n');
    expect(detectWrapWidth(table(soft))).toBeUndefined();
  });
});

/** measureLayout as plainly written (a pass per signal, neighbours read from the lines): the reference. */
function layoutByPasses(lines: readonly Line[], wrapWidth: number | undefined): Layout {
  const content = lines.filter((l) => l.text !== '');
  const followedByBlank = lines.filter((l, i) => l.text !== '' && lines[i + 1]?.text === '').length;
  const indented = content.filter((l) => l.indent).length;
  let localWidth: Int32Array | undefined;
  if (wrapWidth !== undefined) {
    localWidth = new Int32Array((lines.at(-1)?.index ?? -1) + 1).fill(-1);
    content.forEach((line, i) => {
      localWidth![line.index] = Math.max(0, ...content.slice(Math.max(0, i - 4), i + 5).map((l) => l.rawWidth));
    });
  }
  return {
    wrapWidth,
    ...(localWidth ? { localWidth } : {}),
    blanksEverywhere: content.length > 0 && followedByBlank / content.length > 0.7,
    indentMarksParagraphs: indented > 0 && indented / Math.max(1, content.length) < 0.6,
  };
}

describe('measureLayout', () => {
  it('agrees with a pass per signal, on runs of lines with gaps (lines set aside) and blanks', () => {
    // Mostly content lines, and enough of them that the nine-line window is often whole.
    const lineText = fc.oneof(
      { arbitrary: fc.constant(''), weight: 1 },
      { arbitrary: fc.string({ unit: fc.constantFrom('第', '条', '一', ' ', '　', 'a', '1'), minLength: 1, maxLength: 40 }), weight: 3 },
    );
    const kept = fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(lineText, kept), { minLength: 12, maxLength: 60 }), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), (rows, wrap) => {
        const lines = table(rows.map(([text]) => text).join('\n'));
        // Some lines set aside, as analyze leaves out page furniture: the reference reads the rest.
        const setAside = Uint8Array.from({ length: lines.length }, (_, i) => (rows[i]?.[1] ?? true ? 0 : 1));
        const run = lines.lines().filter((_, i) => setAside[i] === 0);
        expect(measureLayout(lines, setAside, wrap)).toEqual(layoutByPasses(run, wrap));
      }),
    );
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

describe('findTrailingChrome', () => {
  const chromeOf = (text: string) => {
    const lines = table(text);
    return findTrailingChrome(lines, new Uint8Array(lines.length)).map((i) => lines.text(i));
  };

  it('finds the page chrome after the document, with an empty 附件 among it', () => {
    expect(chromeOf('第一条 正文。\n\n附件：\n相关解读\n扫一扫在手机打开当前页面\n')).toEqual(['附件：', '相关解读', '扫一扫在手机打开当前页面']);
    expect(chromeOf('正文。\n【打印】 【关闭】\n分享到：微信 微博\n【字体：大 中 小】')).toEqual(['【打印】【关闭】', '分享到：微信 微博', '【字体：大中 小】']); // as cleaned
  });

  it('keeps chrome words inside the document, an attachment heading alone, and a document without chrome', () => {
    expect(chromeOf('相关解读\n第一条 正文。')).toEqual([]);
    expect(chromeOf('第一条 正文。\n附件：')).toEqual([]);
    expect(chromeOf('第一条 正文。\n附件：1.项目清单')).toEqual([]);
    expect(chromeOf('第一条 正文。')).toEqual([]);
  });

  it('002: the web copy of the 14th plan ends with its 印发 line, the chrome set aside with diagnostics', () => {
    const doc = parseDocument(seed('plan14'));
    if (doc.kind === 'gazette') throw new Error('expected a document');
    const texts = JSON.stringify(doc.children);
    expect(texts).not.toContain('扫一扫');
    expect(texts).toContain('山西省人民政府办公厅2021年4月13日印发');
    const removed = doc.diagnostics.filter((d) => d.message.startsWith('Web page chrome removed'));
    expect(removed.map((d) => [d.code, d.severity, d.position?.start.line])).toEqual([
      ['furniture-removed', 'info', expect.any(Number)],
      ['furniture-removed', 'info', expect.any(Number)],
      ['furniture-removed', 'info', expect.any(Number)],
    ]);
  });
});
