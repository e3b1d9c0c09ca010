import { isDigitCode, isTrimmedCode, skipTrimmed } from '../normalize/chars.js';
import { codes, type CodeSet } from '../normalize/codes.js';
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

/*
 * The labels, as patterns (numbers are Arabic digits or Chinese numerals, never mixed:
 * `专栏13六大…` is 专栏 13 followed by 六大…; C = 〇零一二三四五六七八九十百千两, P = C without 千):
 *   part     ^第(\d{1,4}|[C]{1,6})[编篇]        article  ^第(\d{1,4}|[C]{1,8})条
 *   chapter  ^第(\d{1,4}|[C]{1,6})章            panel    ^专栏\s?(\d{1,3}(?!\d)|[C]{1,4})
 *   section  ^第(\d{1,4}|[C]{1,6})节            point    ^([P]{1,5})、
 *   item     ^[（(]([P]{1,5})[)）]              subitem  ^(\d{1,3})(?:[.、．](?!\d)|\s)|^[（(](\d{1,3})[)）]
 * Read by code unit rather than by these regexes: a label is asked for several times per block
 * (blocks, gazette split, title, tree), and most 第… texts are no label (第一批, 第三方), which the
 * regexes found only after trying all four 第 patterns. A numeral run followed by its closing
 * character matches exactly when the longest run does (a shorter one is followed by a numeral).
 */
const CHINESE_DIGITS = codes('〇零一二三四五六七八九十百千两');
const POINT_DIGITS = codes('〇零一二三四五六七八九十百两');
const ORDINAL = 0x7b2c; // 第
const ZHUAN = 0x4e13; // 专
const LAN = 0x680f; // 栏
const ENUMERATION_COMMA = 0x3001; // 、
const isOpenParen = (c: number): boolean => c === 0xff08 || c === 0x28; // （ (
const isCloseParen = (c: number): boolean => c === 0xff09 || c === 0x29; // ） )

/** Length of the run of Arabic digits at `from`. */
function digitRun(text: string, from: number): number {
  let i = from;
  while (isDigitCode(text.charCodeAt(i))) i++;
  return i - from;
}

/** Length of the run of characters of `set` at `from`. */
function setRun(text: string, from: number, set: CodeSet): number {
  let i = from;
  while (set.has(text.charCodeAt(i))) i++;
  return i - from;
}

/** The division a 第…X label names by its last character X, with the longest Chinese numeral it allows. */
export function ordinalKind(c: number): [LabelKind, number] | undefined {
  switch (c) {
    case 0x6761: return ['article', 8]; // 条
    case 0x7ae0: return ['chapter', 6]; // 章
    case 0x8282: return ['section', 6]; // 节
    case 0x7f16: // 编
    case 0x7bc7: return ['part', 6]; // 篇
    default: return undefined;
  }
}

/** A label's kind, where its numeral is (`[from, to)`) and where the match ends. */
interface Found {
  kind: LabelKind;
  from: number;
  to: number;
  end: number;
}

const found = (kind: LabelKind, from: number, to: number, end: number): Found => ({ kind, from, to, end });

/** 第十二条, 第3章, 第一编: the numeral and the character after it. */
function ordinalLabel(text: string): Found | undefined {
  const digits = digitRun(text, 1);
  const length = digits > 0 ? digits : setRun(text, 1, CHINESE_DIGITS);
  const kind = ordinalKind(text.charCodeAt(1 + length));
  if (length === 0 || !kind || length > (digits > 0 ? 4 : kind[1])) return undefined;
  return found(kind[0], 1, 1 + length, 2 + length);
}

/** 专栏1, 专栏 十二: up to three digits (not followed by a fourth), or up to four Chinese numerals. */
function panelLabel(text: string): Found | undefined {
  if (text.charCodeAt(1) !== LAN) return undefined;
  const from = isTrimmedCode(text.charCodeAt(2)) ? 3 : 2;
  const digits = digitRun(text, from);
  if (digits > 0) return digits <= 3 ? found('panel', from, from + digits, from + digits) : undefined;
  const length = Math.min(setRun(text, from, CHINESE_DIGITS), 4);
  return length > 0 ? found('panel', from, from + length, from + length) : undefined;
}

/** 三、 */
function pointLabel(text: string): Found | undefined {
  const length = setRun(text, 0, POINT_DIGITS);
  return length <= 5 && text.charCodeAt(length) === ENUMERATION_COMMA ? found('point', 0, length, length + 1) : undefined;
}

/** （三） is an item, （3） a subitem. */
function parenthesizedLabel(text: string): Found | undefined {
  const chinese = setRun(text, 1, POINT_DIGITS);
  if (chinese > 0) return chinese <= 5 && isCloseParen(text.charCodeAt(1 + chinese)) ? found('item', 1, 1 + chinese, 2 + chinese) : undefined;
  const digits = digitRun(text, 1);
  return digits > 0 && digits <= 3 && isCloseParen(text.charCodeAt(1 + digits)) ? found('subitem', 1, 1 + digits, 2 + digits) : undefined;
}

/** 1. 1、 1． (not a decimal: 1.5万) or 1 followed by a space. */
function digitLabel(text: string): Found | undefined {
  const digits = digitRun(text, 0);
  if (digits > 3) return undefined;
  const c = text.charCodeAt(digits);
  const mark = (c === 0x2e || c === ENUMERATION_COMMA || c === 0xff0e) && !isDigitCode(text.charCodeAt(digits + 1));
  return mark || isTrimmedCode(c) ? found('subitem', 0, digits, digits + 1) : undefined;
}

/** The label a text starts with, by its first character; the numeral is not read yet. */
function findLabel(text: string): Found | undefined {
  const c = text.charCodeAt(0);
  if (c === ORDINAL) return ordinalLabel(text);
  if (c === ZHUAN) return panelLabel(text);
  if (POINT_DIGITS.has(c)) return pointLabel(text);
  if (isOpenParen(c)) return parenthesizedLabel(text);
  if (isDigitCode(c)) return digitLabel(text);
  return undefined;
}

/**
 * Whether a text starts with a numbering label: `matchLabel(text) !== undefined` without reading
 * the number or building the label (every numeral run a label allows reads as a number), for the
 * tests that only ask whether a line is numbered.
 */
export function startsWithLabel(text: string): boolean {
  return findLabel(text) !== undefined;
}

/**
 * The kind of numbering label a text starts with: `matchLabel(text)?.kind` without reading the
 * number or building the label, for the layout rules that ask it of every line.
 */
export function labelKind(text: string): LabelKind | undefined {
  return findLabel(text)?.kind;
}

/**
 * Recognize the numbering label at the start of a block, if any.
 *
 * @example
 * matchLabel('第十二条 本条例自公布之日起施行。'); // { kind: 'article', number: 12, label: '第十二条', … }
 * matchLabel('（三）加强监督');                  // { kind: 'item', number: 3, label: '（三）', … }
 */
export function matchLabel(text: string): Label | undefined {
  const at = findLabel(text);
  if (!at) return undefined;
  const numeral = text.slice(at.from, at.to);
  const number = isDigitCode(numeral.charCodeAt(0)) ? Number(numeral) : parseChineseNumeral(numeral);
  if (number === undefined) return undefined;
  // Only a subitem's `1 ` ends its match with a space, which the label leaves out.
  const spaceInMatch = isTrimmedCode(text.charCodeAt(at.end - 1));
  const label = text.slice(0, spaceInMatch ? at.end - 1 : at.end);
  const rest = skipTrimmed(text, at.end);
  // Followed by whitespace, at the end of the text, or the match itself ends with a space.
  const separated = rest > at.end || rest >= text.length || spaceInMatch;
  return { kind: at.kind, number, label, restIndex: rest, separated };
}
