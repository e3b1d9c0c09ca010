import type { Qualifier, Quantity } from '../models/quantity.js';
import type { Target } from '../models/target.js';
import { boundsOf, QUANTITY_SUFFIXES } from '../calculators/parse-quantity.js';
import type { Position } from '../models/position.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { foldWidth } from '../normalize/width.js';
import { originalOffset, type MappedText } from '../normalize/mapped-text.js';
import { SourceText } from '../source/source-text.js';
import { unitMeaning, unknownMeaning, withRaw, type UnitMeaning } from '../units/parse-unit.js';
import { UNIT_PATTERN_SOURCE } from '../units/unit-table.js';
import { cleanIndicator, COMPARISON_ONLY } from './clean-indicator.js';
import { SentenceReader, type SentenceSpan } from './split-sentences.js';
import { COUNT_FIRST_VERBS, OBJECT_FIRST_VERBS, TARGET_VERBS, type VerbMeaning } from './verbs.js';

/** Options of {@link extractTargets}. */
export interface ExtractTargetsOptions {
  /** Year a target without a stated year refers to: the plan period's end (2025, 2030). */
  planEndYear?: number;
  /** The whole original input, for positions; default a `SourceText` of `text`. */
  source?: SourceText;
  /** Where `text` starts inside `source` (used only with `source`). Default 0. */
  offset?: number;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const RANGE_TAIL = /^\s*[—–~～\-至]\s*(\d+(?:\.\d+)?)/;
const UNIT_AT = new RegExp(`^\\s*(${UNIT_PATTERN_SOURCE})`);
const YEAR = /(\d{4})\s*年/g;
/** ，,；;：:, tab and line break: where a clause starts, by code unit. */
const isClauseBreak = (c: number): boolean =>
  c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x09 || c === 0x0a;
// Numbers that label rather than measure: 第3条, 7号, 5月, 3日, 2节, 万吨级, 第二批.
const LABEL_AFTER = /^\s*(?:号|月|日|条|款|章|节|版|期|批|届|级|类|型|线|路|代|倍|所学校)/;
const SENTENCE_SCAN = 60;
// How far back a year or 力争 still governs a target, and how much of a giant sentence is kept.
const LOOKBACK = 200;
const MAX_SENTENCE = 500;

const COUNTED = new Set(['count', 'people']);

/**
 * Words grouped by their last character, each group in the order given: a text can only end with
 * a word that ends with its own last character, so one group is tried instead of every word.
 */
function byLastChar<W extends string, E>(entries: readonly E[], word: (entry: E) => W): Map<number, E[]> {
  const groups = new Map<number, E[]>();
  for (const entry of entries) {
    const w = word(entry);
    const last = w.charCodeAt(w.length - 1);
    const group = groups.get(last);
    if (group) group.push(entry);
    else groups.set(last, [entry]);
  }
  return groups;
}

type TargetVerb = (typeof TARGET_VERBS)[number];
// Longest first, so 年均增长 wins over 增长 and 提高到 over 提高.
const VERBS_BY_LAST_CHAR = byLastChar([...TARGET_VERBS].sort((a, b) => b[0].length - a[0].length), (entry: TargetVerb) => entry[0]);
const COUNT_VERBS_BY_LAST_CHAR = byLastChar(COUNT_FIRST_VERBS, (verb) => verb);
const NONE: readonly never[] = [];
const ANY_OBJECT_FIRST_VERB = new RegExp(OBJECT_FIRST_VERBS.join('|'));

interface Found {
  verb: string;
  meaning: VerbMeaning;
  qualifier?: Qualifier;
}

function verbBefore(pre: string): Found | undefined {
  for (const entry of VERBS_BY_LAST_CHAR.get(pre.charCodeAt(pre.length - 1)) ?? NONE) {
    if (pre.endsWith(entry[0])) {
      const found: Found = { verb: entry[0], meaning: entry[1] };
      if (entry.length > 2) found.qualifier = entry[2];
      return found;
    }
  }
  return undefined;
}

/** The count-first verb `pre` ends with (培育, 打造 …), if any. */
function countVerbBefore(pre: string): string | undefined {
  for (const verb of COUNT_VERBS_BY_LAST_CHAR.get(pre.charCodeAt(pre.length - 1)) ?? NONE) {
    if (pre.endsWith(verb)) return verb;
  }
  return undefined;
}

/**
 * Where the object-first verb (累计, 新增 …) that starts earliest in `pre` starts, each verb at
 * its last occurrence; -1 when there is none.
 */
function objectVerbStart(pre: string): number {
  if (!ANY_OBJECT_FIRST_VERB.test(pre)) return -1; // the common case, in one pass
  let start = -1;
  for (const verb of OBJECT_FIRST_VERBS) {
    const i = pre.lastIndexOf(verb);
    if (i !== -1 && (start === -1 || i < start)) start = i;
  }
  return start;
}

/** The verbs of a clause that can make the number after it a target. */
interface ClauseVerbs {
  /** The target verb right before the number (达到, 年均增长 …). */
  verb: Found | undefined;
  /** The count-first verb right before the number (培育, 打造 …). */
  countVerb: string | undefined;
  /** Where the earliest object-first verb (累计, 新增 …) starts in the clause, or -1. */
  objectVerbAt: number;
}

/** The verbs of the clause `pre` (up to the number), or `undefined` when it has none. */
function clauseVerbs(pre: string): ClauseVerbs | undefined {
  const verb = verbBefore(pre);
  const countVerb = countVerbBefore(pre);
  const objectVerbAt = objectVerbStart(pre);
  return verb || countVerb || objectVerbAt !== -1 ? { verb, countVerb, objectVerbAt } : undefined;
}

function kindOf(meaning: VerbMeaning, unit: UnitMeaning | undefined): Target['kind'] {
  if (meaning === 'growth') return 'annual-growth';
  if (meaning === 'reduction') return 'reduction';
  if (meaning === 'cumulative') return 'cumulative-change';
  if (unit?.dimension === 'percent' || unit?.dimension === 'permille') return 'share';
  if (unit?.dimension === 'count' || unit?.dimension === 'people') return 'count';
  return 'level';
}

const PREDICATE_FIRST = /^(?:为|是|占|达|比|较|相当于|分别|同比|环比)/;

/**
 * The subject of the clause before `clauseStart` in the same sentence, when that clause states a
 * figure (`全年外送电量1053.6亿千瓦时`): its words before the first digit, without a trailing
 * `(分别)为/达到`.
 */
function previousClauseSubject(folded: string, clauseStart: number, sentenceStart: number): { name: string; start: number } | undefined {
  const end = clauseStart - 1; // the clause break
  if (end <= sentenceStart) return undefined;
  let start = end;
  const floor = Math.max(sentenceStart, end - SENTENCE_SCAN);
  while (start > floor && !isClauseBreak(folded.charCodeAt(start - 1))) start--;
  const clause = folded.slice(start, end);
  const digit = clause.search(/\d/);
  if (digit <= 0) return undefined;
  const words = clause.slice(0, digit).trim();
  // `为预算的102.2%`, `分别完成…`: that clause is a predicate too, with no subject of its own.
  if (PREDICATE_FIRST.test(words)) return undefined;
  const name = cleanIndicator(words.replace(/(?:分别)?(?:为|是|达到?|完成|实现|突破|超过)\s*$/, ''));
  // A subject ends neither in a verb (`同比增长75%`) nor inside a count (`连续12个季度`).
  if (name === '' || /\d/.test(name) || verbBefore(name) || /(?:连续|近|第|前|共)$/.test(name)) return undefined;
  return { name, start: start + clause.lastIndexOf(name, digit) };
}

/** The year a target in `sentence` at `at` refers to: the last stated year before it. */
function statedYear(folded: string, from: number, at: number): number | undefined {
  const slice = folded.slice(from, at);
  let year: number | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    const value = Number(m[1]);
    const before = slice.slice(Math.max(0, m.index - 2), m.index);
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // 较2015年, 比2020年: a comparison base; 2020年以来, 2025年的基础上: a starting point.
    if (value < 1949 || value > 2100 || /[较比与从自]\s*$/.test(before) || /^(?:以来|相比|的|度)/.test(after)) continue;
    year = value;
  }
  return year;
}

/**
 * Find numeric targets in running Chinese text: `地区生产总值年均增长5%左右`,
 * `到2030年，抽水蓄能装机达到390万千瓦`, `城镇开发边界总规模控制在4479.1平方千米以内`,
 * `城镇调查失业率低于5.5%`, `单位地区生产总值能耗降低13.5%`, `累计建成高标准农田3050万亩`,
 * `培育200户先进级以上智能工厂`. A number is a target only when a target verb stands right before
 * it (达到, 控制在, 年均增长, 降低 …), a count verb takes it before its object (培育, 打造 …),
 * or an accumulating verb takes its object before it (累计, 新增, 新建 …). Years, dates, article
 * and serial numbers (第3条, 7号, 〔2021〕) and numbers glued to Latin letters (5G, PM2.5) are
 * never targets. Works on full-width digits; offsets are those of the original text.
 *
 * @param text - Running text (a paragraph, a section or a whole document).
 * @param options - {@link ExtractTargetsOptions}.
 * @returns The targets in text order.
 * @example
 * extractTargets('到2030年，抽水蓄能装机达到390万千瓦。')[0];
 * // { indicator: '抽水蓄能装机', kind: 'level', quantity: { raw: '390万千瓦', value: 390, qualifier: 'exact' },
 * //   unit: { raw: '万千瓦', base: '千瓦', multiplier: 10000, dimension: 'power' }, year: 2030,
 * //   yearStated: true, sentence: '到2030年，抽水蓄能装机达到390万千瓦。', position: { … } }
 */
export function extractTargets(text: string, options: ExtractTargetsOptions = {}): Target[] {
  const source = options.source ?? new SourceText(text);
  const base = options.source ? (options.offset ?? 0) : 0;
  // A slice of the source's folded text (folded once per source) when `text` is the source's own.
  const folded = source.text.startsWith(text, base) ? source.folded.slice(base, base + text.length) : foldWidth(text);
  return scanTargets(text, folded, new TextOrigin(text, source, base), options.planEndYear);
}

/** A target in running text, with the title of the document it was found in (gazettes). */
export interface DocumentTarget extends Target {
  /** Title of the bundled document the target belongs to, when it has one. */
  document?: string;
}

/** Where the scanned text came from: positions and the characters as written, by scanned index. */
interface Origin {
  /** The original position of the scanned span `[from, to)`. */
  position(from: number, to: number): Position;
  /** The scanned span `[from, to)` as written in the original. */
  raw(from: number, to: number): string;
}

/**
 * Targets in a paragraph that cleaning rejoined and normalized (a block of the document tree's
 * analysis: PDF lines rejoined, furniture dropped, widths folded): its offsets map it back to
 * the input, so positions and raw quantities are those of the original text. Each target carries
 * `document`, when given, as its first key.
 */
export function extractTargetsFromMapped(mapped: MappedText, source: SourceText, planEndYear?: number, document?: string): DocumentTarget[] {
  // Cleaning already folded the widths of a block's text.
  return scanTargets(mapped.text, mapped.text, new MappedOrigin(mapped, source), planEndYear, document);
}

// Origins are small objects with methods, not closures: one allocation per block, not three.

/** The origin of a text that is the source itself or a plain slice of it from `base`. */
class TextOrigin implements Origin {
  constructor(
    private readonly text: string,
    private readonly source: SourceText,
    private readonly base: number,
  ) {}

  position(from: number, to: number): Position {
    return this.source.position(this.base + from, this.base + to);
  }

  raw(from: number, to: number): string {
    return this.text.slice(from, to);
  }
}

/** The origin of a block that cleaning rejoined: its offsets map each character to the source. */
class MappedOrigin implements Origin {
  constructor(
    private readonly mapped: MappedText,
    private readonly source: SourceText,
  ) {}

  position(from: number, to: number): Position {
    const mapped = this.mapped;
    return this.source.position(originalOffset(mapped, from), to > from ? mapped.offsets[to - 1]! + 1 : originalOffset(mapped, from));
  }

  /**
   * As written, without the line breaks (and page furniture) that cleaning removed in between
   * (split and trim, not one regex: `\s*[\r\n]` backtracks over a long run of spaces).
   */
  raw(from: number, to: number): string {
    const offsets = this.mapped.offsets;
    return to > from ? joinLines(this.source.text.slice(offsets[from]!, offsets[to - 1]! + 1)) : '';
  }
}

const ORDINAL_PREFIX = 0x7b2c; // 第

const isLatinLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Whether what stands right before the number at `at` makes it a label, not a quantity: a Latin
 * letter or a point (PM2.5, V2), an opening bracket (〔2021〕, [1]), or 第 with at most one space (`\s`)
 * between (第3条, 第 3 条).
 */
function isLabelledBefore(folded: string, at: number): boolean {
  const c = folded.charCodeAt(at - 1); // NaN at the start: no label
  if (isLatinLetter(c) || c === 0x2e || c === 0x3014 || c === 0x5b) return true; // . 〔 [
  return c === ORDINAL_PREFIX || (isTrimmedCode(c) && folded.charCodeAt(at - 2) === ORDINAL_PREFIX);
}

/** A year is never a target value: 2030年, 2025 年 (four digits from 1900 to 2100, then 年). */
function isYear(digits: string, rest: string): boolean {
  if (digits.length !== 4 || !/^\d{4}$/.test(digits)) return false;
  const value = Number(digits);
  return value >= 1900 && value <= 2100 && /^\s*年/.test(rest);
}

/** Whether the character right after a number glues it into a label: a Latin letter (5G), 〕 or ]. */
const isGluedAfter = (c: number): boolean => isLatinLetter(c) || c === 0x3015 || c === 0x5d;

/** A span of the original as one line: each line trimmed, line breaks removed. */
const joinLines = (text: string): string => (/[\r\n]/.test(text) ? text.split(/\r\n?|\n/).map((line) => line.trim()).join('') : text);

/**
 * A target's leading keys, `document` first when there is one: built in one literal, since
 * prepending it later (`{ document, ...target }`) copies the whole target again.
 */
function newTarget(
  document: string | undefined,
  indicator: string,
  kind: Target['kind'],
  quantity: Quantity,
  yearStated: boolean,
  sentence: string,
  position: Position,
): DocumentTarget {
  return document === undefined
    ? { indicator, kind, quantity, yearStated, sentence, position }
    : { document, indicator, kind, quantity, yearStated, sentence, position };
}

/**
 * Where the clause of the number at `at` starts: after the last clause break before it, and not
 * before `floor`. The scan back stops at the previous number whose clause was found (`scannedAt`,
 * its clause starting at `scannedStart`): with no break in between, both numbers share the last
 * break, so the answer is that clause's start (or `floor`, which only moves forward). Numbers
 * close together (a row of figures) then read each character once instead of up to
 * `SENTENCE_SCAN` characters each.
 */
export function clauseStartOf(folded: string, at: number, floor: number, scannedAt: number, scannedStart: number): number {
  const stop = Math.max(floor, scannedAt);
  let start = at;
  while (start > stop && !isClauseBreak(folded.charCodeAt(start - 1))) start--;
  return start === stop ? Math.max(floor, scannedStart) : start;
}

function scanTargets(text: string, folded: string, origin: Origin, planEndYear: number | undefined, document?: string): DocumentTarget[] {
  NUMBER.lastIndex = 0;
  let m = NUMBER.exec(folded);
  if (!m) return []; // a text without a number
  // Sentences are read as far as the numbers that may be targets (numbers only move forward).
  const sentences = new SentenceReader(folded);
  let sentence: SentenceSpan = { start: 0, end: 0 };
  const targets: DocumentTarget[] = [];
  let consumed = 0;
  let previous: { indicator: string; sentenceStart: number } | undefined;
  // The last number whose clause was found, and where that clause starts (see clauseStartOf).
  let scannedAt = 0;
  let scannedStart = 0;
  for (; m; m = NUMBER.exec(folded)) {
    const at = m.index;
    let end = at + m[0].length;
    if (at < consumed) continue;
    if (isLabelledBefore(folded, at) || isGluedAfter(folded.charCodeAt(end))) continue;

    // The clause: back to the last comma, semicolon, colon or line start in the sentence.
    // A target earlier in the same clause ends the subject: 建成农田3050万亩、改造提升310万亩.
    let clauseStart = clauseStartOf(folded, at, Math.max(at - SENTENCE_SCAN, consumed), scannedAt, scannedStart);
    scannedAt = at;
    scannedStart = clauseStart;
    let pre = folded.slice(clauseStart, at).trimEnd();
    // Without a verb before it (nor an object-first verb in its clause) a number is no target:
    // every way to an indicator below starts from one. Most numbers stop here, before their
    // sentence and unit are read. (The clause may still reach back past its sentence's start
    // here: a longer clause holds every verb of the shorter one, so none here means none there.)
    let verbs = clauseVerbs(pre);
    if (!verbs) continue;
    // Labels (第3条's 3, 7号) and years after the verb check: most numbers fail that one first.
    const rest = folded.slice(end, end + 24);
    if (LABEL_AFTER.test(rest) || isYear(m[0], rest)) continue;
    while (sentence.end <= at) {
      const next = sentences.next();
      if (!next) break;
      sentence = next;
    }
    if (sentence.start > clauseStart) {
      clauseStart = sentence.start;
      pre = folded.slice(clauseStart, at).trimEnd();
      verbs = clauseVerbs(pre);
      if (!verbs) continue;
    }
    const { verb, countVerb, objectVerbAt } = verbs;
    const first = Number(m[0].includes(',') ? m[0].replace(/,/g, '') : m[0]);

    let second: number | undefined;
    const range = RANGE_TAIL.exec(rest);
    if (range) {
      second = Number(range[1]);
      end += range[0].length;
    }
    const unitMatch = UNIT_AT.exec(folded.slice(end, end + 16));
    // The unit's meaning decides the target; its text as written is read only for a target.
    let unit: UnitMeaning | undefined;
    let unitStart = end;
    if (unitMatch) {
      // A match in folded text is folded and has no spaces: no need for all of `parseUnit`.
      const text = unitMatch[1]!;
      unit = unitMeaning(text) ?? unknownMeaning(text);
      end += unitMatch[0].length;
      unitStart = end - text.length;
    }
    const unitEnd = end;
    let suffix: Qualifier | undefined;
    const afterUnit = folded.slice(end, end + 6).replace(/^\s+/, '');
    for (const [word, qualifier] of QUANTITY_SUFFIXES) {
      if (afterUnit.startsWith(word)) {
        suffix = qualifier;
        end = folded.indexOf(word, end) + word.length;
        break;
      }
    }

    let indicator = '';
    let indicatorStart = clauseStart;
    let meaning: VerbMeaning | undefined;
    let verbQualifier: Qualifier | undefined;
    if (verb && !(countVerb && countVerb.length > verb.verb.length)) {
      meaning = verb.meaning;
      verbQualifier = verb.qualifier;
      const subject = pre.slice(0, pre.length - verb.verb.length);
      indicator = cleanIndicator(subject);
      indicatorStart = clauseStart + subject.lastIndexOf(indicator);
    }
    if (indicator === '' && verb && !countVerb && COMPARISON_ONLY.test(pre.slice(0, pre.length - verb.verb.length).trim())) {
      // 全年外送电量1053.6亿千瓦时，同比增长6.3%: the clause measures the previous clause's subject.
      const subject = previousClauseSubject(folded, clauseStart, sentence.start);
      if (subject) {
        indicator = subject.name;
        indicatorStart = subject.start;
      }
    }
    if (indicator === '' && verb && !countVerb && previous && previous.sentenceStart === sentence.start) {
      // 非煤矿山总数减少700座，保持在1000座左右: the second clause keeps the first one's subject.
      const tail = folded.slice(end, end + 2).replace(/^\s+/, '');
      if (unit && !/^[\u4e00-\u9fff]/.test(tail.replace(/^的/, ''))) {
        indicator = previous.indicator;
        indicatorStart = clauseStart + pre.length - verb.verb.length;
      }
    }
    if (indicator === '' && (countVerb || (verb && unit && COUNTED.has(unit.dimension)))) {
      // 培育200户先进级以上智能工厂, 具备5%以上的尖峰负荷响应能力: the object follows.
      const tail = folded.slice(end, Math.min(sentence.end, end + 30));
      const stop = tail.search(/[，,。；;、：:！？\n（(]|和|及(?!以上)/);
      const noun = (stop === -1 ? tail : tail.slice(0, stop)).replace(/^\s*的?/, '').trim();
      if (noun === '' || /^\d/.test(noun)) continue;
      indicator = noun;
      meaning = meaning ?? (countVerb === '新建' || countVerb === '培训' ? 'cumulative' : 'level');
      indicatorStart = at;
      end = end + tail.indexOf(noun) + noun.length;
    }
    if (indicator === '') {
      // 累计建成高标准农田 3050 万亩: an accumulating verb, its object, then the number.
      if (objectVerbAt === -1) continue;
      const object = pre.slice(objectVerbAt).replace(/^累计/, '').trim();
      if (object.length < 2 || object.length > 24 || /\d/.test(object)) continue;
      // Keep a subject before the verb: 城镇新增就业 is the indicator, not 新增就业.
      const subject = cleanIndicator(pre.slice(0, objectVerbAt).replace(/累计/g, ''));
      indicator = /\d/.test(subject) ? object : subject + object;
      indicatorStart = clauseStart + (indicator === object ? objectVerbAt : pre.lastIndexOf(subject, objectVerbAt));
      meaning = 'cumulative';
    }
    if (indicator === '' || meaning === undefined) continue;
    // A bare number glued to a noun labels it (12345热线): not a quantity.
    if (!unit && !suffix && second === undefined && /^[\u4e00-\u9fff]/.test(folded.slice(end, end + 1)) && indicatorStart < at) continue;
    consumed = end;
    previous = { indicator, sentenceStart: sentence.start };

    const rawStart = at;
    const quantity: Quantity = { raw: origin.raw(rawStart, end).trim(), value: first };
    if (second !== undefined) {
      delete quantity.value;
      quantity.bounds = { min: Math.min(first, second), max: Math.max(first, second), minInclusive: true, maxInclusive: true };
    } else {
      const qualifier = suffix ?? verbQualifier ?? 'exact';
      quantity.qualifier = qualifier;
      const bounds = boundsOf(qualifier, first);
      if (bounds) quantity.bounds = bounds;
    }
    // Bounded look-back: a 1 MB line without 。 must not make this quadratic.
    const sentenceBefore = folded.slice(Math.max(sentence.start, at - LOOKBACK), at);
    if (sentenceBefore.includes('力争')) quantity.strive = true;
    if (meaning === 'cumulative' && /累计/.test(sentenceBefore.slice(-SENTENCE_SCAN))) quantity.cumulative = true;

    const stated = statedYear(folded, Math.max(sentence.start, at - LOOKBACK), at);
    const year = stated ?? planEndYear;
    const target = newTarget(
      document,
      indicator,
      kindOf(meaning, unit),
      quantity,
      stated !== undefined,
      text.slice(Math.max(sentence.start, at - MAX_SENTENCE), Math.min(sentence.end, end + MAX_SENTENCE)).trim(),
      origin.position(indicatorStart, end),
    );
    // Keep `raw` as written (％, not %).
    if (unit) target.unit = withRaw(origin.raw(unitStart, unitEnd), unit);
    if (year !== undefined) target.year = year;
    targets.push(target);
  }
  return targets;
}
