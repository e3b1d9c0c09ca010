import type { Project } from '../models/panel.js';
import { isDigitCode, isTrimmedCode, skipTrimmed } from '../normalize/chars.js';
import { foldWidth, foldWidthCode } from '../normalize/width.js';
import { codes, type CodeSet } from '../normalize/codes.js';
import type { SourceText } from '../source/source-text.js';
import type { MappedText } from './text-map.js';

/** Action verbs that open a clause of a project list, longest first when matched. */
export const PROJECT_ACTIONS = [
  '开工建设',
  '改扩建',
  '续建',
  '新建',
  '扩建',
  '改建',
  '建成',
  '完成',
  '推进',
  '推动',
  '实施',
  '谋划',
  '建设',
  '启动',
  '开展',
  '打造',
  '培育',
  '布局',
  '创建',
  '实现',
  '提升',
  '储备',
  '争取',
  '发展',
  '突破',
  '研发',
  '攻关',
  '支持',
  '加强',
  '加快',
  '完善',
  '优化',
  '构建',
  '健全',
  '深化',
  '强化',
  '探索',
  '引进',
  '组建',
  '设立',
  '新增',
  '改造',
  '开通',
] as const;

const ADVERBS = ['重点', '加快', '积极', '有序', '全面', '持续', '着力', '大力', '稳步', '继续', '力争', '进一步', '统筹', '适时'];
const SORTED_ACTIONS = [...PROJECT_ACTIONS].sort((a, b) => b.length - a.length);

/**
 * Words grouped by their first code unit, each group in the order given: the words that may open
 * a text at some offset are found with one lookup instead of a `startsWith` per word. A bit per
 * code unit (a `CodeSet`) answers first for the code units no word opens with (most clauses,
 * most commas).
 */
interface WordTable {
  byFirst: Map<number, string[]>;
  firsts: CodeSet;
}

function byFirstCode(words: readonly string[]): WordTable {
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    const group = byFirst.get(c);
    if (group) group.push(w);
    else byFirst.set(c, [w]);
  }
  return { byFirst, firsts: codes(words.map((w) => w[0]).join('')) };
}

const ADVERBS_BY_FIRST = byFirstCode(ADVERBS);
const ACTIONS_BY_FIRST = byFirstCode(SORTED_ACTIONS);

/** The first of `words` (grouped by `byFirstCode`) written at `text[at, to)`. */
function wordAt(words: WordTable, text: string, at: number, to: number): string | undefined {
  if (at >= to) return undefined;
  const c = text.charCodeAt(at);
  if (!words.firsts.has(c)) return undefined;
  // `firsts` holds exactly the codes the groups are keyed by.
  for (const w of words.byFirst.get(c)!) if (at + w.length <= to && text.startsWith(w, at)) return w;
  return undefined;
}

/**
 * `leadingAction(text.slice(from, to))` without the slice: the action opening the span (after up
 * to two adverbs), and where its object starts, counted from `from`.
 */
function leadingActionIn(text: string, from: number, to: number): { action: string; length: number } | undefined {
  let at = from;
  let adverb: string | undefined;
  for (let k = 0; k < 2; k++) {
    const w = wordAt(ADVERBS_BY_FIRST, text, at, to);
    if (w === undefined) break;
    adverb ??= w;
    at += w.length;
  }
  const action = wordAt(ACTIONS_BY_FIRST, text, at, to);
  if (action !== undefined) return { action, length: at + action.length - from };
  if (adverb !== undefined && adverb !== '重点') return { action: adverb, length: at - from };
  return undefined;
}

/** The action opening `text` (after adverbs such as 重点, 加快), and where the object starts. */
export function leadingAction(text: string): { action: string; length: number } | undefined {
  return leadingActionIn(text, 0, text.length);
}

const SCALE =
  /\d+(?:\.\d+)?\s*(?:[×x*]\s*\d+(?:\.\d+)?\s*)?(?:万千瓦|千瓦|兆瓦|MW|GW|kW|万吨\/年|万吨|亿吨|亿立方米|万立方米|立方米|亿元|万元|公里|千米|万亩|亩|万平方米|平方米|千伏|张床位|万套|万千伏安)/;
const PERIOD = /[（(]\s*(\d{4})\s*(?:[—–\-~～至到]{1,2}\s*(\d{4}))?\s*年?\s*[）)]|(\d{4})\s*[—–\-~～至到]{1,2}\s*(\d{4})\s*年/;
// A leading city or county: two characters and 市/县 (太原市, 大同市), not 城市 or 省市县.
const LOCATION = /^([\u4e00-\u9fff]{2}(?:市|县))(?![级区域镇])(?=\S)/;
/** A clause ending `…等项目前期工作`: its action. Fifteen characters at most. */
const PREPARATION_TAIL = /(?:等(?:一批)?[\u4e00-\u9fff]{0,8}?)?(前期工作|前期研究)$/;
const PREPARATION_TAIL_MAX = 15;
/** A list ending `等项目`, `等工程`. Eleven characters at most. */
const ETC_TAIL = /等[\u4e00-\u9fff]{0,10}$/;
const ETC_TAIL_MAX = 11;

/** Brackets and quotes that open (+1) or close (-1) a nesting level; 0 for any other code unit. */
function bracketDepthChange(c: number): number {
  switch (c) {
    case 0x28: // (
    case 0xff08: // （
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x300a: // 《
    case 0xab: // «
    case 0x5b: // [
    case 0xff3b: // ［
      return 1;
    case 0x29: // )
    case 0xff09: // ）
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x300b: // 》
    case 0xbb: // »
    case 0x5d: // ]
    case 0xff3d: // ］
      return -1;
    default:
      return 0;
  }
}

export interface Clause {
  from: number;
  to: number;
  /** First clause of a sentence: an action does not carry over from the sentence before. */
  sentenceStart: boolean;
}

/** Whether `text[from, to)` holds anything but whitespace (`trim` would leave something). */
function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmedCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether an action opens the text at `at`, after any whitespace. */
function actionFollows(text: string, at: number): boolean {
  return leadingActionIn(text, skipTrimmed(text, at), text.length) !== undefined;
}

/** What one read of a group's text finds (`scanGroup`). */
export interface GroupScan {
  clauses: Clause[];
  /** Offsets of the `、` outside brackets, ascending: where the items of a list are split. */
  listSeparators: number[];
  /**
   * Offsets of the digits and of the characters width folding changes, ascending: an item that
   * holds none has nothing to fold and no scale or period.
   */
  numberMarks: number[];
}

/**
 * Sentences (`。`), `；` clauses and, for item lists or when an action follows, `，` clauses, in
 * one pass: brackets nest alike at every level (each level starts at depth 0, where the one
 * above split), so one depth count serves the three. The same pass notes the list separators
 * (`、` at depth 0: a clause, stripped of its action and ending, starts at depth 0 too) and the
 * characters items need for their details, so items are not read again for those.
 */
export function scanGroup(text: string, commas: boolean): GroupScan {
  const out: Clause[] = [];
  const listSeparators: number[] = [];
  const numberMarks: number[] = [];
  const push = (from: number, to: number, sentenceStart: boolean): void => {
    if (hasContent(text, from, to)) out.push({ from, to, sentenceStart });
  };
  let depth = 0;
  let start = 0;
  let first = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // an ideograph, most of the text: no bracket, no separator
    if (isDigitCode(c) || foldWidthCode(c) !== c) numberMarks.push(i);
    const change = bracketDepthChange(c);
    if (change !== 0) {
      depth = Math.max(0, depth + change);
      continue;
    }
    if (depth !== 0) continue;
    if (c === 0x3001) {
      listSeparators.push(i);
    } else if (c === 0x3002 || c === 0x2e) {
      // 。 . end a sentence
      push(start, i, first);
      first = true;
      start = i + 1;
    } else if (c === 0xff1b || c === 0x3b) {
      // ； ;
      push(start, i, first);
      first = false;
      start = i + 1;
    } else if ((c === 0xff0c || c === 0x2c) && (commas || actionFollows(text, i + 1))) {
      // ， ,
      push(start, i, first);
      first = false;
      start = i + 1;
    }
  }
  push(start, text.length, first);
  return { clauses: out, listSeparators, numberMarks };
}

/** What one read of an item tells: whether width folding changes it, and whether it then holds a digit. */
function scanItem(raw: string): { folds: boolean; digits: boolean } {
  let folds = false;
  let digits = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const folded = foldWidthCode(c);
    if (folded !== c) folds = true;
    if (isDigitCode(folded)) digits = true;
  }
  return { folds, digits };
}

/**
 * Set the scale, period and location written in the item `raw` on `out`, in that order.
 * `marked`: the item holds a digit or a character to fold (else it is not read for those).
 */
function addDetails(out: Project, raw: string, marked: boolean): void {
  // Most items are plain words, with nothing to fold and no digit: no regex search to fold them
  // and two more for numbers.
  const { folds, digits } = marked ? scanItem(raw) : { folds: false, digits: false };
  const name = folds ? foldWidth(raw) : raw;
  // Scale and period both hold an ASCII digit (`\d`).
  if (digits) {
    const scale = SCALE.exec(name);
    if (scale) out.scale = scale[0].replace(/\s+/g, '');
    const period = PERIOD.exec(name);
    if (period) out.period = period[0].replace(/^[（(]|[）)]$/g, '').trim();
  }
  // A place is two characters and 市/县: test the third before the regex.
  const third = name.charCodeAt(2);
  if (third === 0x5e02 || third === 0x53bf) {
    const loc = LOCATION.exec(name);
    if (loc && !/[城省市县各以与在]/.test(loc[1]!.slice(0, 2))) out.location = loc[1]!;
  }
}

/** Characters trimmed before a clause: whitespace and commas. */
function isClauseLead(c: number): boolean {
  return isTrimmedCode(c) || c === 0xff0c || c === 0x2c;
}

/** Characters trimmed after a clause: whitespace, commas and the marks that end it. */
function isClauseTrail(c: number): boolean {
  return isClauseLead(c) || c === 0x3002 || c === 0x2e || c === 0xff1b || c === 0x3b;
}

/** Whether `text[from, to)` ends with 前期工作 or 前期研究 (which `PREPARATION_TAIL` needs). */
export function endsWithPreparation(text: string, from: number, to: number): boolean {
  return to - from >= 4 && text.startsWith('前期', to - 4) && (text.startsWith('工作', to - 2) || text.startsWith('研究', to - 2));
}

/**
 * Whether `ETC_TAIL` matches `text[from, to)`: a 等 among its last eleven characters with only
 * ideographs after it (等 is one).
 */
export function endsWithEtc(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= Math.max(from, to - ETC_TAIL_MAX); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7b49 /* 等 */) return true;
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return false;
}

/**
 * `pattern.exec(text.slice(from, to))` for a pattern anchored by `$` whose matches are at most
 * `max` characters long, run on the last `max` characters only: the leftmost match starts there
 * or later, and the regex reads nothing before it (no `^`, no lookbehind), so the match is the same.
 */
function tailMatch(pattern: RegExp, max: number, text: string, from: number, to: number): RegExpExecArray | null {
  return pattern.exec(text.slice(Math.max(from, to - max), to));
}

/**
 * Split the text of a panel group into projects: clauses separated by `。`/`；` (or by `，` when a
 * new action follows), each opening with an action (续建, 新建, 开工建设, 推进 … after adverbs such
 * as 重点/加快) that carries over to every item of the clause; items are `、`-separated, with the
 * clause's `等项目`/`等工程` ending removed. A clause ending in `前期工作`/`前期研究` gets that as its
 * action. Scale (`100万千瓦`), period (`（2026—2030年）`) and a leading place (`大同市`) are kept
 * when written.
 *
 * @example
 * splitProjects(mapped('续建A、B等项目；新建C'), src).map((p) => [p.action, p.name]);
 * // [['续建', 'A'], ['续建', 'B'], ['新建', 'C']]
 */
export function splitProjects(group: MappedText, src: SourceText, mode: 'items' | 'clauses' = 'items'): Project[] {
  const text = group.text;
  const projects: Project[] = [];
  let carried: string | undefined;
  const scan = scanGroup(text, mode === 'items');
  const separators = scan.listSeparators;
  const marks = scan.numberMarks;
  let nextSeparator = 0; // index in `separators`: clauses and items come in text order
  let nextMark = 0;
  for (const clause of scan.clauses) {
    if (clause.sentenceStart) carried = undefined;
    let from = clause.from;
    let to = clause.to;
    // Spans of `text` throughout, read by code unit: no copy of the clause per step.
    while (from < to && isClauseLead(text.charCodeAt(from))) from++;
    while (to > from && isClauseTrail(text.charCodeAt(to - 1))) to--;
    const lead = leadingActionIn(text, from, to);
    let action = lead?.action ?? carried;
    if (lead) {
      from += lead.length;
      carried = lead.action;
    }
    if (to - from >= 2 && text.startsWith('包括', from)) from += 2;
    const tail = endsWithPreparation(text, from, to) ? tailMatch(PREPARATION_TAIL, PREPARATION_TAIL_MAX, text, from, to) : null;
    if (tail) {
      action = tail[1]!;
      to -= tail[0].length;
    } else if (mode === 'items' && endsWithEtc(text, from, to)) {
      to -= tailMatch(ETC_TAIL, ETC_TAIL_MAX, text, from, to)![0].length;
    }
    if (!hasContent(text, from, to)) continue;
    // Items: split at the list separators within the clause (in 'items' mode).
    while (nextSeparator < separators.length && separators[nextSeparator]! < from) nextSeparator++;
    for (let pieceFrom = from; pieceFrom <= to; ) {
      const atSeparator = mode === 'items' && nextSeparator < separators.length && separators[nextSeparator]! < to;
      const pieceTo = atSeparator ? separators[nextSeparator++]! : to;
      let a = pieceFrom;
      let b = pieceTo;
      pieceFrom = pieceTo + 1;
      while (a < b && isTrimmedCode(text.charCodeAt(a))) a++;
      while (b > a && isTrimmedCode(text.charCodeAt(b - 1))) b--;
      if (b <= a) continue;
      const itemText = text.slice(a, b);
      const name = text.charCodeAt(b - 1) === 0x7b49 /* 等 */ ? text.slice(a, b - 1) : itemText;
      // Details set on the project itself, in the order of its keys: no object to copy them from.
      const project: Project = { name, text: itemText, position: group.position(src, a, b) };
      while (nextMark < marks.length && marks[nextMark]! < a) nextMark++;
      addDetails(project, itemText, nextMark < marks.length && marks[nextMark]! < b);
      if (action) project.action = action;
      projects.push(project);
    }
  }
  return projects;
}
