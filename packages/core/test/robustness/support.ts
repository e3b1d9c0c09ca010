import fc from 'fast-check';
import { ERROR_CODES, ZhengceError, toChineseNumeral, type Node, type ParseResult, type PolicyDocument, type Position } from '../../src/index.js';

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Common characters of policy prose (a small pool, so words and labels recur). */
const HAN = '发展经济社会建设推进加强完善体系制度管理服务创新改革开放产业能源生态保护城乡区域人民政府省市县国家规划纲要实施监督条例办法规定工作重点任务目标质量安全';
const han = fc.string({ unit: fc.constantFrom(...HAN), minLength: 1, maxLength: 12 });
const punct = fc.constantFrom('，', '。', '；', '、', '：');
const fullWidthDigits = fc.integer({ min: 0, max: 99999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))));
const number = fc.oneof(fc.integer({ min: 0, max: 2100 }).map(String), fullWidthDigits, fc.constantFrom('5.5%', '６．５％', '390万千瓦', '2025年'));
const numeral = fc.integer({ min: 1, max: 120 }).map((n) => toChineseNumeral(n));

/** A sentence of CJK text with Chinese punctuation, digits and full-width digits. */
export const sentence = fc
  .array(fc.oneof({ weight: 5, arbitrary: han }, { weight: 1, arbitrary: number }, { weight: 2, arbitrary: punct }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** One line of a document-like text. */
export const documentLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(sentence, fc.constantFrom('。', '；', '', '：')).map(([s, end]) => s + end) },
  { weight: 2, arbitrary: fc.tuple(numeral, fc.constantFrom('章', '节', '条', '编'), fc.constantFrom(' ', '　', ''), fc.option(sentence, { nil: '' })).map(([n, k, sp, s]) => `第${n}${k}${sp}${s}`) },
  { weight: 2, arbitrary: fc.tuple(numeral, sentence).map(([n, s]) => `（${n}）${s}`) },
  { weight: 1, arbitrary: fc.tuple(numeral, sentence).map(([n, s]) => `${n}、${s}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 30 }), sentence).map(([n, s]) => `${n}. ${s}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom(' ', '', '　'), han).map(([n, sp, s]) => `专栏${n}${sp}${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => `—${n}—`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '### '), sentence).map(([h, s]) => h + s) },
  { weight: 1, arbitrary: fc.tuple(han, sentence).map(([t, s]) => `**${t}。**${s}`) },
  { weight: 1, arbitrary: fc.tuple(han, han).map(([a, b]) => `<b>${a}</b>${b}`) },
  { weight: 1, arbitrary: fc.tuple(han, number, number).map(([a, b, c]) => `${a}\t${b}\t${c}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('  ', '　　', '\t'), sentence).map(([sp, s]) => sp + s) },
  { weight: 2, arbitrary: fc.constant('') },
);

/** A document-like text: realistic lines joined by LF (or CRLF). */
export const documentText = fc
  .tuple(fc.array(documentLine, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));

/** Any string, biased towards the characters that matter to the parser. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'第一二十百章节条（）()、.专栏 \n\t　。，；：#*<>b—123４５'), maxLength: 300 }),
);

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Parse, returning the result or the typed error; any other exception fails the test. */
export function parseOrError(parse: () => ParseResult): ParseResult | ZhengceError {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ZhengceError && (ERROR_CODES as readonly string[]).includes(error.code)) return error;
    throw error;
  }
}

export function documentsOf(result: ParseResult): PolicyDocument[] {
  return result.kind === 'gazette' ? result.documents : [result];
}

export function allNodes(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

/**
 * Line and column of offsets, computed independently of `SourceText` (lines end at LF):
 * a sorted list of LF offsets and a binary search.
 */
export function pointFinder(text: string): (offset: number) => { line: number; column: number } {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    // Number of LFs strictly before `offset`.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? 0 : breaks[lo - 1]! + 1;
    return { line: lo + 1, column: offset - lineStart + 1 };
  };
}

/** Problems with the positions of a result: empty when all is well. */
export function positionProblems(result: ParseResult, text: string): string[] {
  const problems: string[] = [];
  const expectedPoint = pointFinder(text);
  const where = (p: Position) => `[${p.start.offset},${p.end.offset})`;
  const checkPosition = (p: Position, what: string) => {
    for (const point of [p.start, p.end]) {
      if (point.offset < 0 || point.offset > text.length) problems.push(`${what}: offset ${point.offset} outside 0..${text.length}`);
      const e = expectedPoint(point.offset);
      if (e.line !== point.line || e.column !== point.column) {
        problems.push(`${what}: offset ${point.offset} is ${e.line}:${e.column}, reported ${point.line}:${point.column}`);
      }
    }
    if (p.end.offset < p.start.offset) problems.push(`${what}: end before start ${where(p)}`);
  };
  const checkChildren = (parent: { position: Position }, children: ReadonlyArray<{ position: Position; children?: Node[] }>, what: string) => {
    let previous = -1;
    children.forEach((child, i) => {
      const p = child.position;
      checkPosition(p, `${what}[${i}]`);
      if (p.start.offset < previous) problems.push(`${what}[${i}] starts at ${p.start.offset}, before its previous sibling (${previous})`);
      previous = p.start.offset;
      if (p.start.offset < parent.position.start.offset || p.end.offset > parent.position.end.offset) {
        problems.push(`${what}[${i}] ${where(p)} is outside its parent ${where(parent.position)}`);
      }
      if (child.children) checkChildren(child, child.children, `${what}[${i}]`);
    });
  };
  checkPosition(result.position, 'result');
  for (const d of result.diagnostics) if (d.position) checkPosition(d.position, `diagnostic ${d.code}`);
  if (result.kind === 'gazette') {
    checkChildren(result, result.documents, 'documents');
    result.documents.forEach((doc, i) => {
      for (const d of doc.diagnostics) if (d.position) checkPosition(d.position, `documents[${i}] diagnostic ${d.code}`);
    });
  } else checkChildren(result, result.children, 'children');
  return problems;
}

const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff〇]/g;

function countHan(text: string, into: Map<string, number>, sign: 1 | -1): void {
  for (const ch of text.match(HAN_CHAR) ?? []) into.set(ch, (into.get(ch) ?? 0) + sign);
}

/**
 * Every CJK character of the input that is not page furniture (as the parser reports it in
 * `furniture-removed` diagnostics) must appear in exactly one node field (`label`, `title`,
 * `text`, `rows`). Returns the characters over- or under-counted: empty when none is lost.
 */
export function contentDifference(result: ParseResult, text: string): Record<string, number> {
  const counts = new Map<string, number>();
  // Input side, line by line, skipping the lines the parser says were furniture.
  const furniture = result.diagnostics.filter((d) => d.code === 'furniture-removed' && d.position).map((d) => d.position!);
  const inFurniture = (offset: number) => furniture.some((p) => offset >= p.start.offset && offset < p.end.offset);
  for (const m of text.matchAll(HAN_CHAR)) if (!inFurniture(m.index!)) countHan(m[0], counts, 1);
  // Output side.
  for (const doc of documentsOf(result)) {
    for (const node of allNodes(doc.children)) {
      for (const field of [node.label, node.title, node.text, ...(node.rows?.flat() ?? [])]) if (field) countHan(field, counts, -1);
    }
  }
  const diff: Record<string, number> = {};
  for (const [ch, n] of counts) if (n !== 0) diff[ch] = n;
  return diff;
}
