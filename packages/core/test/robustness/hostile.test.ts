import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ZhengceError,
  decode,
  extractIndicatorTables,
  extractPanels,
  extractTargets,
  parseDocument,
  safeParseDocument,
  toChineseNumeral,
  type ParseResult,
  type PolicyDocument,
} from '../../src/index.js';
import { FIXTURES, SEEDS, seed } from '../helpers.js';
import { allNodes, contentDifference, documentsOf, parseOrError, positionProblems } from './support.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
/** UTF-16 by hand from char codes (TextEncoder only writes UTF-8). */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

function typedError(run: () => unknown): ZhengceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ZhengceError) return error;
    throw error;
  }
  throw new Error('expected a ZhengceError');
}

const single = (result: ParseResult): PolicyDocument => {
  if (result.kind === 'gazette') throw new Error('expected one document');
  return result;
};
const articles = (result: ParseResult) => documentsOf(result).flatMap((d) => allNodes(d.children)).filter((n) => n.type === 'article');

const REGULATION = readFileSync(`${FIXTURES}constructed/regulation-gb18030.utf8.txt`, 'utf8');

describe('unusable input gives a typed error with a code and messages in both languages', () => {
  it.each([
    ['an empty string', ''],
    ['empty bytes', new Uint8Array(0)],
    ['an empty ArrayBuffer', new ArrayBuffer(0)],
    ['whitespace only', ' \n\t\r\n\u3000\u3000 \n'],
    ['whitespace-only UTF-16 with a BOM', utf16(' \n\u3000', 'le', true)],
    ['a BOM alone', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('%s → empty-input', (_, input) => {
    const error = typedError(() => parseDocument(input));
    expect(error.code).toBe('empty-input');
    expect(error.message).toMatch(/empty/);
    expect(error.messageZh).toMatch(/空/);
  });

  it('binary data with NUL bytes → binary-input', () => {
    const bytes = concat(utf8('第一条 为了规范管理，制定本办法。\n'), new Uint8Array([0, 1, 2, 0, 0xff, 0, 0x89, 0x50, 0x4e, 0x47]));
    expect(typedError(() => parseDocument(bytes)).code).toBe('binary-input');
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(typedError(() => parseDocument(png)).code).toBe('binary-input');
    expect(safeParseDocument('abc\u0000def').success).toBe(false);
  });

  it('input over the size limit → input-too-large, for strings and bytes', () => {
    expect(typedError(() => parseDocument('第一条 内容。', { maxSize: 3 })).code).toBe('input-too-large');
    expect(typedError(() => parseDocument(utf8('第一条 内容。'), { maxSize: 3 })).code).toBe('input-too-large');
  });

  it('a value that is not text → invalid-input-type', () => {
    expect(typedError(() => parseDocument(42 as unknown as string)).code).toBe('invalid-input-type');
    expect(typedError(() => parseDocument(null as unknown as string)).code).toBe('invalid-input-type');
  });
});

describe('broken and legacy encodings give a result with diagnostics', () => {
  it('invalid UTF-8 (0xff 0xfe in the middle of Chinese) is decoded with replacement and a warning', () => {
    const bytes = concat(utf8('第一条 为了规范管理，'), new Uint8Array([0xff, 0xfe, 0xfd]), utf8('制定本办法。\n第二条 本办法自2024年5月1日起施行。\n'));
    const result = single(parseDocument(bytes));
    expect(result.diagnostics.map((d) => d.code)).toContain('encoding-replacement');
    expect(articles(result).map((a) => a.number)).toEqual([1, 2]);
    expect(result.meta.dates.effective).toBe('2024-05-01');
  });

  it('GB18030 bytes of a regulation (fixture made with Python) are detected and parsed like the UTF-8 text', () => {
    const bytes = readFileSync(`${FIXTURES}constructed/regulation-gb18030.txt`);
    expect(decode(bytes).encoding).toBe('gb18030');
    const result = single(parseDocument(bytes));
    expect(result.diagnostics.map((d) => d.code)).toContain('encoding-fallback');
    expect(articles(result).map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
    const fromText = single(parseDocument(REGULATION));
    expect(result.children).toEqual(fromText.children);
    expect(result.meta).toEqual(fromText.meta);
  });

  it.each([
    ['LE with BOM', 'le', true],
    ['BE with BOM', 'be', true],
    ['LE without BOM', 'le', false],
    ['BE without BOM', 'be', false],
  ] as const)('UTF-16 %s parses exactly like the string', (_, order, bom) => {
    const bytes = utf16(REGULATION, order, bom);
    expect(decode(bytes).encoding).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
    const result = single(parseDocument(bytes));
    const fromText = single(parseDocument(REGULATION));
    expect(result.children).toEqual(fromText.children);
    expect(result.meta).toEqual(fromText.meta);
    expect(articles(result)).toHaveLength(5);
  });

  it('a UTF-8 file cut in the middle of a character keeps reading as UTF-8 (one replacement), not as GB18030', () => {
    const bytes = seed('regulation');
    // Cut inside a multi-byte character: at a continuation byte.
    let end = Math.floor(bytes.length / 2);
    while ((bytes[end]! & 0xc0) !== 0x80) end++;
    const torn = bytes.subarray(0, end);
    const result = single(parseDocument(torn));
    expect(decode(torn).encoding).toBe('utf-8');
    expect(result.diagnostics.map((d) => d.code)).toContain('encoding-replacement');
    expect(articles(result).length).toBeGreaterThan(3);
  });
});

describe('line endings and positions', () => {
  it('CRLF text: positions map to the original offsets, columns count from the line start', () => {
    const crlf = REGULATION.replace(/\n/g, '\r\n');
    const result = single(parseDocument(crlf));
    expect(positionProblems(result, crlf)).toEqual([]);
    const lf = single(parseDocument(REGULATION));
    expect(articles(result).map((a) => a.label)).toEqual(articles(lf).map((a) => a.label));
    for (const article of articles(result)) {
      expect(crlf.slice(article.position.start.offset).startsWith(article.label!.slice(0, 1))).toBe(true);
      expect(article.position.start.offset).toBe(crlf.indexOf(article.label!));
      expect(article.position.start.column).toBe(1);
    }
    expect(contentDifference(result, crlf)).toEqual({});
  });

  it('old Mac CR-only line endings still split lines', () => {
    const cr = REGULATION.replace(/\n/g, '\r');
    const result = single(parseDocument(cr));
    expect(articles(result)).toHaveLength(5);
    expect(positionProblems(result, cr)).toEqual([]);
  });
});

describe('broken YAML front matter is set aside with a diagnostic, and the body still parses', () => {
  const withFrontMatter = (yaml: string) => single(parseDocument(`---\n${yaml}\n---\n${REGULATION}`));
  const frontMatterDiagnostics = (doc: ReturnType<typeof withFrontMatter>) => doc.diagnostics.filter((d) => d.code === 'front-matter-invalid');
  const lf = () => articles(single(parseDocument(REGULATION))).map((a) => a.label);

  it('invalid YAML: a warning at the front matter, the articles unchanged', () => {
    const doc = withFrontMatter('title: [unclosed\nauthor: 某某');
    expect(frontMatterDiagnostics(doc)).toMatchObject([{ severity: 'warning', position: { start: { line: 1, column: 1 } } }]);
    expect(articles(doc).map((a) => a.label)).toEqual(lf());
  });

  it('an alias expansion bomb is refused before anything expands it', () => {
    const names = 'abcdefghij';
    const bomb = [`a: &a [${Array(9).fill('lol').join(', ')}]`, ...[...names.slice(1)].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${names[i]}`).join(', ')}]`)].join('\n');
    const doc = withFrontMatter(bomb);
    expect(frontMatterDiagnostics(doc)[0]?.message).toMatch(/alias/i);
    expect(doc.meta.frontMatter).toBeUndefined();
    expect(articles(doc).map((a) => a.label)).toEqual(lf());
  });

  it('a cycle through an alias is refused too; honest reuse of an anchor is kept', () => {
    const cycle = withFrontMatter('a: &a [1, *a]');
    expect(frontMatterDiagnostics(cycle)[0]?.message).toMatch(/alias/i);
    expect(articles(cycle).map((a) => a.label)).toEqual(lf());
    const reuse = withFrontMatter('base: &base {issuer: 某某省人民政府}\nprint: *base\nweb: *base');
    expect(frontMatterDiagnostics(reuse)).toEqual([]);
    expect(reuse.meta.frontMatter).toEqual({ base: { issuer: '某某省人民政府' }, print: { issuer: '某某省人民政府' }, web: { issuer: '某某省人民政府' } });
  });

  it('a key given twice is invalid, with the line it is on', () => {
    const doc = withFrontMatter('title: 甲\ntitle: 乙');
    expect(frontMatterDiagnostics(doc)).toMatchObject([{ message: expect.stringMatching(/duplicat.*\(2:/) }]);
  });

  it('a list instead of fields is reported, never dropped unseen', () => {
    const doc = withFrontMatter('- 甲\n- 乙');
    expect(frontMatterDiagnostics(doc)).toMatchObject([{ message: expect.stringContaining('a list') }]);
    expect(articles(doc).map((a) => a.label)).toEqual(lf());
  });
});

describe('huge and pathological shapes complete (the per-test timeout is the only bound)', () => {
  it('a single 5 MB line', () => {
    const unit = '推进经济社会高质量发展，加强生态环境保护；';
    const line = unit.repeat(Math.ceil(5e6 / Buffer.byteLength(unit)));
    expect(Buffer.byteLength(line)).toBeGreaterThanOrEqual(5e6);
    const result = single(parseDocument(line));
    expect(result.children).toHaveLength(1);
    expect(result.children[0]!.text).toHaveLength(line.length);
    expect(result.position.end.offset).toBe(line.length);
  }, 120_000);

  it('10,000 numbered articles (第一条 … 第一万条)', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `第${toChineseNumeral(i + 1)}条 本条规定第${i + 1}项事务。`).join('\n');
    const result = parseDocument(text);
    const found = articles(result);
    // 第一万条 has a numeral (万) labels do not read; every other article is found, in order.
    expect(found.length).toBeGreaterThanOrEqual(9_999);
    expect(found.slice(0, 9_999).map((a) => a.number)).toEqual(Array.from({ length: 9_999 }, (_, i) => i + 1));
    expect(positionProblems(result, text)).toEqual([]);
  }, 120_000);

  it('10,000 nested-looking item lines (（一） …) and 10,000 points (一、…)', () => {
    for (const make of [(n: string) => `（${n}）加强管理`, (n: string) => `${n}、加强管理，`]) {
      const text = Array.from({ length: 10_000 }, (_, i) => make(toChineseNumeral(i + 1))).join('\n');
      const result = parseDocument(text);
      expect(positionProblems(result, text)).toEqual([]);
      expect(contentDifference(result, text)).toEqual({});
    }
  }, 120_000);

  it('a 50 MB file (every seed, ×50, as bytes) parses to a gazette of all their documents', () => {
    const names = Object.keys(SEEDS) as Array<keyof typeof SEEDS>;
    const once = names.map((name) => new TextDecoder().decode(seed(name))).join('\n\n');
    const oneCopy = parseDocument(once);
    const copies = 50;
    const text = Array.from({ length: copies }, () => once).join('\n\n');
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThanOrEqual(50e6);
    const result = parseDocument(bytes);
    expect(result.kind).toBe('gazette');
    // Every copy's documents are found; none is lost to the size.
    expect(documentsOf(result).length).toBe(copies * documentsOf(oneCopy).length);
    const last = documentsOf(result).at(-1)!;
    expect(last.meta.title).toBe(documentsOf(oneCopy).at(-1)!.meta.title);
    expect(text.slice(last.position.end.offset).trim()).toBe(''); // it runs to the end of the text
  }, 300_000);

  it('10,000 lines all labelled 第一章 / （一）, deeply repeated', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? '（一）重复的项' : '第一章 重复的章')).join('\n');
    const result = parseDocument(text);
    expect(positionProblems(result, text)).toEqual([]);
    expect(contentDifference(result, text)).toEqual({});
  }, 120_000);
});

describe('truncated documents still give a result with diagnostics', () => {
  const plan = new TextDecoder().decode(seed('plan15'));
  const regulation = new TextDecoder().decode(seed('regulation'));

  it('a plan cut in the middle of its indicator table', () => {
    const [table] = extractIndicatorTables(plan);
    expect(table).toBeDefined();
    const middle = Math.floor((table!.position.start.offset + table!.position.end.offset) / 2);
    const cut = plan.slice(0, middle);
    const result = parseOrError(() => parseDocument(cut));
    expect(result).not.toBeInstanceOf(ZhengceError);
    expect(positionProblems(result as ParseResult, cut)).toEqual([]);
    const tables = extractIndicatorTables(cut);
    expect(tables.length).toBeGreaterThanOrEqual(1);
    const last = tables[tables.length - 1]!;
    expect(last.indicators.length).toBeLessThan(table!.indicators.length);
    expect(last.position.end.offset).toBeLessThanOrEqual(cut.length);
    expect(() => extractPanels(cut)).not.toThrow();
    expect(() => extractTargets(cut)).not.toThrow();
  });

  it('a regulation cut in the middle of an article', () => {
    const at = regulation.indexOf('第十条');
    expect(at).toBeGreaterThan(0);
    const cut = regulation.slice(0, at + 12);
    const result = single(parseDocument(cut));
    expect(positionProblems(result, cut)).toEqual([]);
    const found = articles(result);
    expect(found[found.length - 1]!.number).toBe(10);
    expect(result.diagnostics.map((d) => d.code)).toContain('input-truncated');
    expect(contentDifference(result, cut)).toEqual({});
  });

  it('the gazette cut at arbitrary places never throws and keeps positions inside the text', () => {
    const gazette = new TextDecoder().decode(seed('gazette'));
    for (const fraction of [0.013, 0.27, 0.5001, 0.777]) {
      const cut = gazette.slice(0, Math.floor(gazette.length * fraction));
      const result = parseOrError(() => parseDocument(cut));
      expect(result).not.toBeInstanceOf(ZhengceError);
      expect(positionProblems(result as ParseResult, cut)).toEqual([]);
    }
  }, 120_000);
});
