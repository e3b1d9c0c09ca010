import { parseChineseNumeral } from '../numerals/chinese-numerals.js';

/** Kinds of numbering labels, from the outermost. */
export const LABEL_KINDS = ['part', 'chapter', 'section', 'article', 'panel', 'point', 'item', 'subitem'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** A numbering label found at the start of a block: `第十二条`, `（三）`, `专栏1`. */
export interface Label {
  kind: LabelKind;
  number: number;
  /** The label as written (normalized). */
  label: string;
  /** Index in the block text where the content after the label starts (spaces skipped). */
  restIndex: number;
  /** The label is followed by whitespace or ends the block (a heading or article number alone). */
  separated: boolean;
}

/** Arabic digits or Chinese numerals, never mixed: `专栏13六大…` is 专栏 13 followed by 六大…. */
const C = '〇零一二三四五六七八九十百千两';
const num = (max: number) => `(\\d{1,4}|[${C}]{1,${max}})`;
const PATTERNS: ReadonlyArray<[LabelKind, RegExp]> = [
  ['part', new RegExp(`^第${num(6)}[编篇]`)],
  ['chapter', new RegExp(`^第${num(6)}章`)],
  ['section', new RegExp(`^第${num(6)}节`)],
  ['article', new RegExp(`^第${num(8)}条`)],
  ['panel', new RegExp(`^专栏\\s?(\\d{1,3}(?!\\d)|[${C}]{1,4})`)],
  ['point', new RegExp(`^([〇零一二三四五六七八九十百两]{1,5})、`)],
  ['item', new RegExp(`^[（(]([〇零一二三四五六七八九十百两]{1,5})[)）]`)],
  ['subitem', /^(\d{1,3})(?:[.、．](?!\d)|\s)|^[（(](\d{1,3})[)）]/],
];

/**
 * The patterns a text can match, by its first character (第, 专, a Chinese numeral, a
 * parenthesis, a digit): most blocks start with none of these and run no regex at all. Labels
 * starting with 第 match at most one pattern (the character after the numeral decides), so
 * articles, by far the most common, are tried first.
 */
const PATTERNS_BY_START = new Map<number, ReadonlyArray<[LabelKind, RegExp]>>();
for (const [starts, kinds] of [
  ['第', ['article', 'chapter', 'section', 'part']],
  ['专', ['panel']],
  ['〇零一二三四五六七八九十百两', ['point']],
  ['（(', ['item', 'subitem']],
  ['0123456789', ['subitem']],
] as const) {
  const patterns = kinds.map((kind) => PATTERNS.find(([k]) => k === kind)!);
  for (const ch of starts) PATTERNS_BY_START.set(ch.charCodeAt(0), patterns);
}

/** Whitespace from `from` on: `\s+`, sticky. */
const SPACES = /\s+/y;

/** The index of the first non-whitespace character at or after `from`. */
function skipSpaces(text: string, from: number): number {
  SPACES.lastIndex = from;
  return SPACES.test(text) ? SPACES.lastIndex : from;
}

/**
 * Recognize the numbering label at the start of a block, if any.
 *
 * @example
 * matchLabel('第十二条 本条例自公布之日起施行。'); // { kind: 'article', number: 12, label: '第十二条', … }
 * matchLabel('（三）加强监督');                  // { kind: 'item', number: 3, label: '（三）', … }
 */
export function matchLabel(text: string): Label | undefined {
  const patterns = PATTERNS_BY_START.get(text.charCodeAt(0));
  if (!patterns) return undefined;
  for (const [kind, pattern] of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const digits = m[1] ?? m[2] ?? '';
    const number = parseChineseNumeral(digits);
    if (number === undefined) continue;
    let label = m[0].trimEnd();
    const rest = skipSpaces(text, m[0].length);
    // Followed by whitespace, at the end of the text, or the match itself ends with a space.
    const separated = rest > m[0].length || rest >= text.length || label.length < m[0].length;
    if (kind === 'subitem' && !separated && /^\d{1,3}\s/.test(m[0])) label = m[1]!;
    return { kind, number, label, restIndex: rest, separated };
  }
  return undefined;
}
