import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZhengceError, foldWidth, parseDocument, type ParseResult } from '../../src/index.js';
import { foldWidthAt, foldWidthCode } from '../../src/normalize/width.js';
import { analyze } from '../../src/parse/analyze.js';
import { anyText, contentDifference, documentText, documentsOf, allNodes, parseOrError, positionProblems } from './support.js';

const RUNS = { numRuns: 150 };

describe('parseDocument on arbitrary and document-like strings (properties)', () => {
  it('never throws anything but a ZhengceError with a documented code', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, documentText), (text) => {
        parseOrError(() => parseDocument(text));
      }),
      RUNS,
    );
  });

  it('throws only for unusable input: whitespace-only text is empty-input, document-like text parses', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\r', '\u3000'), maxLength: 50 }), (blank) => {
        const outcome = parseOrError(() => parseDocument(blank));
        expect(outcome).toBeInstanceOf(ZhengceError);
        expect((outcome as ZhengceError).code).toBe('empty-input');
      }),
      RUNS,
    );
    fc.assert(
      fc.property(documentText.filter((t) => /[^\s]/.test(t)), (text) => {
        expect(parseOrError(() => parseDocument(text))).not.toBeInstanceOf(ZhengceError);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, documentText), (text) => {
        const a = parseOrError(() => parseDocument(text));
        const b = parseOrError(() => parseDocument(text));
        if (a instanceof ZhengceError) expect(b instanceof ZhengceError && b.code).toBe(a.code);
        else expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('positions lie inside the input, agree with line/column, and nest: children ordered within their parent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, documentText, documentText), (text) => {
        const result = parseOrError(() => parseDocument(text));
        if (result instanceof ZhengceError) return;
        expect(positionProblems(result, text)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('loses no content: every CJK character not in page furniture is in exactly one node', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const result = parseOrError(() => parseDocument(text));
        if (result instanceof ZhengceError) return;
        expect(contentDifference(result, text)).toEqual({});
      }),
      RUNS,
    );
  });

  it('loses no content on arbitrary strings either', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseOrError(() => parseDocument(text));
        if (result instanceof ZhengceError) return;
        expect(contentDifference(result, text)).toEqual({});
      }),
      RUNS,
    );
  });
});

describe('normalization is idempotent', () => {
  it('foldWidth(foldWidth(x)) === foldWidth(x), and folding keeps the length', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), documentText), (text) => {
        const once = foldWidth(text);
        expect(foldWidth(once)).toBe(once);
        expect(once.length).toBe(text.length);
      }),
      RUNS,
    );
  });

  it('foldWidth folds short and long texts alike: each code unit by foldWidthCode', () => {
    // split('') splits UTF-16 code units, lone surrogates included.
    const byCodeUnit = (text: string) => text.split('').map((c) => String.fromCharCode(foldWidthCode(c.charCodeAt(0)))).join('');
    const fullWidth = fc.string({ unit: fc.constantFrom('２', 'Ａ', '．', '％', '«', '\u00a0', '中', 'a', '\ud800'), maxLength: 1200 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 1200 }), fullWidth), (text) => {
        expect(foldWidth(text)).toBe(byCodeUnit(text));
        // Given the positions (few or many: pieces, or one replace), the same text.
        const positions = text.split('').flatMap((c, i) => (foldWidthCode(c.charCodeAt(0)) !== c.charCodeAt(0) ? [i] : []));
        expect(foldWidthAt(text, positions)).toBe(byCodeUnit(text));
      }),
      RUNS,
    );
  });

  it('the folded text analysis gives is foldWidth of the text, from the characters cleaning noted', () => {
    // Foldable characters where cleaning keeps them, skips them (a no-break space in an indent,
    // a full-width form in a tag's attributes) and in front matter; CRLF, binary and lone surrogates.
    const piece = fc.constantFrom(
      '第一条', '２０２１', 'ＧＤＰ', '６．５％', '«办法»', '\u00a0', '\u00a0\u00a0第二条', '<span title="１">', '</span>',
      '**', '# ', '\t', '\n', '\r\n', '　', ' ', '\ud800', 'a', '1.5', '\u0000',
    );
    const frontMatter = fc.constantFrom('', '---\ntitle: 条例\n---\n', '---\ntitle: 第１号\n---\n');
    fc.assert(
      fc.property(frontMatter, fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 }), (head, parts) => {
        const text = head + parts.join('');
        let folded: string;
        try {
          folded = analyze(text).source.folded;
        } catch (error) {
          if (error instanceof ZhengceError) return; // unusable input: nothing to fold
          throw error;
        }
        expect(folded).toBe(foldWidth(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
      }),
      { numRuns: 1000 },
    );
  });

  /** The normalized text of a result: each node's label, title and text, one block per line. */
  const normalizedText = (result: ParseResult) =>
    documentsOf(result)
      .flatMap((doc) => allNodes(doc.children))
      .map((n) => [n.label, n.title, n.text, ...(n.rows?.map((r) => r.join('\t')) ?? [])].filter(Boolean).join(' '))
      .filter((line) => line !== '')
      .join('\n\n');

  /** The numbered skeleton of a result: type, number and label of every labelled node, in order. */
  const skeleton = (result: ParseResult) =>
    documentsOf(result)
      .flatMap((doc) => allNodes(doc.children))
      .filter((n) => n.label !== undefined)
      .map((n) => `${n.type}:${n.number ?? ''}:${n.label}`);

  const han = (text: string) => [...text.matchAll(/[\u3400-\u9fff〇]/g)].map((m) => m[0]).sort().join('');

  // The normalized text drops decoration (a markdown `#` heading becomes a plain line), and soft
  // wrapped text legitimately joins a long unfinished line with the next, so the first round may
  // change the structure; from then on the numbered skeleton and the content are a fixed point.
  it('parsing the normalized text twice is stable (same numbered skeleton, same content)', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const first = parseOrError(() => parseDocument(text));
        if (first instanceof ZhengceError) return;
        const once = normalizedText(first);
        if (once.trim() === '') return;
        const second = parseDocument(once);
        const twice = normalizedText(second);
        const third = parseDocument(twice);
        expect(skeleton(third)).toEqual(skeleton(second));
        expect(han(normalizedText(third))).toBe(han(twice));
        expect(han(twice)).toBe(han(once));
      }),
      RUNS,
    );
  });
});
