import type { Diagnostic } from '../models/diagnostic.js';
import type { GlossaryEntry, Panel, PanelGroup, PanelKind } from '../models/panel.js';
import type { IndicatorTable } from '../models/indicator.js';
import { foldWidth } from '../normalize/width.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { codes } from '../normalize/codes.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';
import { SourceText } from '../source/source-text.js';
import { extractIndicatorTables } from '../tables/extract.js';
import { type Lines, linesOf } from '../tables/lines.js';
import { splitProjects } from './projects.js';
import { MappedText } from './text-map.js';
import { afterIndent, ENTRY, endsSentence, isBlanksAndStars, isEntry, isIndented, opensWithPanelLabel } from './scan.js';

/** Options of {@link extractPanels}. */
export interface ExtractPanelsOptions {
  /** Stop a panel after this many lines at most (a safety net; default 400). */
  maxLines?: number;
  /**
   * The document's indicator tables, when you already have them from `extractIndicatorTables`
   * on the same text: a panel that holds a table ends where the table ends. Passing them saves
   * reading the tables a second time; without them, panels read the tables themselves.
   */
  tables?: readonly IndicatorTable[];
}

const PANEL_START = /^(?:#{1,6}\s*)?(?:\*\*|<b>)?[ \u3000]*(专栏[ \u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))[ \u3000]*(.{0,60}?)(?:\*\*|<\/b>)?[ \u3000]*$/;
const HARD_END = /^\s*(?:#{1,6}\s|第[一二三四五六七八九十百零〇\d０-９]{1,5}[章节编篇](?:[\s\u3000]|$)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
const RUN_IN = /^(?:\*\*([^*\n]{1,40}?)[。.]?\*\*|([^，,、；;。.:：\n]{2,30})[。.])/;

interface Start {
  line: number;
  label: string;
  number?: number;
  title: string;
}

/**
 * The panel starts, and every line that reads as a panel heading (`PANEL_START`), start or not
 * (a title ending in a sentence mark is not one): a panel's lines end at such a line, and every
 * line that may be one is tested here already.
 */
function findStarts(lines: Lines, candidates: readonly number[]): { starts: Start[]; headingLines: Set<number> } {
  const out: Start[] = [];
  const headingLines = new Set<number>();
  for (const i of candidates) {
    const line = lines.at(i)!;
    const m = PANEL_START.exec(line.raw.slice(afterIndent(line.raw, 0, line.raw.length)));
    if (!m) continue;
    headingLines.add(line.index);
    const title = m[3]!.replace(/\*\*|<\/?b>/g, '').trim();
    if (/[。；;，,]$/.test(title)) continue;
    const n = parseChineseNumeral(foldWidth(m[2]!));
    out.push({ line: line.index, label: m[1]!, ...(n !== undefined ? { number: n } : {}), title });
  }
  return { starts: out, headingLines };
}

/**
 * One read of the first characters of every line (and of a long line's end): the lines that may
 * be panel headings (专栏 after blanks and heading marks: `opensWithPanelLabel`), and whether the
 * lines are wrapped at a fixed width (text extracted from PDF): nine in ten non-blank lines are at
 * most 40 characters long. The 90th percentile of the sorted lengths is at most 40 exactly when more than
 * `floor(0.9 n)` lengths are, so lengths are counted, not collected and sorted; they are measured
 * in place, without slicing lines.
 */
function surveyLines(text: string, lines: Lines): { candidates: number[]; wrapped: boolean } {
  const candidates: number[] = [];
  let nonBlank = 0;
  let short = 0;
  for (let i = 0; i < lines.length; i++) {
    let from = lines.startOf(i);
    let to = lines.endOf(i);
    while (from < to && isTrimmedCode(text.charCodeAt(from))) from++;
    if (from === to) continue;
    nonBlank++;
    if (opensWithPanelLabel(text, from, to)) candidates.push(i);
    // A line short before its trailing blanks are trimmed is short: its end is read only when long.
    if (to - from > 40) {
      while (isTrimmedCode(text.charCodeAt(to - 1))) to--;
      if (to - from > 40) continue;
    }
    short++;
  }
  return { candidates, wrapped: nonBlank >= 20 && short > Math.floor(nonBlank * 0.9) };
}

interface Paragraph {
  text: MappedText;
  /** Offset where its last line ends. */
  end: number;
  /** `endsSentence(text.text)`, kept up to date as lines are appended. */
  ended: boolean;
}

function newParagraph(): Paragraph {
  return { text: new MappedText(), end: 0, ended: false };
}

/**
 * Append a line's text (the line ending at `lineEnd`) to a paragraph and note whether the
 * paragraph now ends a sentence. Only the piece is tested, not the whole paragraph re-trimmed (a
 * copy per line, quadratic in a long paragraph): a sentence end is a terminal mark then blanks
 * and `**`, so when the piece holds any other character the match lies within it. A piece of only
 * blanks and stars (a closing `**` on its own line) may complete a mark in the text before: then
 * the whole text is tested.
 */
function appendPiece(p: Paragraph, piece: string, offset: number, lineEnd: number): void {
  p.text.append(piece, offset);
  p.end = lineEnd;
  p.ended = isBlanksAndStars(piece) ? endsSentence(p.text.text) : endsSentence(piece);
}

/** First characters (after blanks) of the lines `HARD_END` may match: every branch opens with one. */
const HARD_END_OPENERS = codes('#第（(一二三四五六七八九十');

function runInTitle(text: string): string | undefined {
  const m = RUN_IN.exec(text);
  if (!m) return undefined;
  return (m[1] ?? m[2])!.trim();
}

/** Ending shared by group titles (工程, 项目, 产业): used to tell a panel's groups from body text. */
function titleEnding(title: string): string {
  return title.slice(-2);
}

/**
 * Collect the paragraphs of a panel and decide where it ends. Rules, in order:
 * 1. a heading (第X章/第X节, `#` heading, （一）/一、), a new 专栏, or the end of an indicator
 *    table in the panel ends it;
 * 2. markdown or web text (paragraphs separated by blank lines): groups written with bold run-in
 *    titles (`**煤炭。**`) continue while paragraphs keep that style; a paragraph that continues an
 *    unfinished sentence belongs to the group before; the first other paragraph is body text;
 * 3. PDF text (lines wrapped at a fixed width): a line that opens with the paragraph indent
 *    (`　　`) is body text when the panel's own first line was not indented; when it was, an
 *    indented paragraph is still the panel's if its run-in title ends like the panel's group titles
 *    (工程, 项目 …), and body text otherwise.
 */
function collect(
  text: string,
  lines: Lines,
  headingLines: ReadonlySet<number>,
  from: number,
  limit: number,
  wrapped: boolean,
): { paragraphs: Paragraph[]; capped: boolean } {
  const paragraphs: Paragraph[] = [];
  let i = from;
  let current: Paragraph | undefined;
  let firstIndented: boolean | undefined;
  const titles: string[] = [];
  let boldStyle: boolean | undefined;
  let capped = false;
  const push = (): void => {
    // Never blank: every piece holds the line's first non-blank character.
    if (current) paragraphs.push(current);
    current = undefined;
  };
  // Lines are read as spans of the text: only a line's piece is sliced out (no line object).
  for (; i < lines.length && i < limit; i++) {
    const lineStart = lines.startOf(i);
    const lineEnd = lines.endOf(i);
    let first = lineStart;
    while (first < lineEnd && isTrimmedCode(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      if (!wrapped) {
        // A blank line ends a paragraph unless the sentence is unfinished.
        if (current?.ended) push();
      }
      continue;
    }
    if (headingLines.has(i)) break;
    if (HARD_END_OPENERS.has(text.charCodeAt(first)) && HARD_END.test(text.slice(lineStart, lineEnd))) break;
    // The line without its indent and trailing blanks: what a paragraph is made of.
    const offset = afterIndent(text, lineStart, lineEnd);
    let pieceEnd = lineEnd;
    while (pieceEnd > offset && isTrimmedCode(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    const piece = text.slice(offset, pieceEnd);
    if (wrapped) {
      const indented = isIndented(text, lineStart, lineEnd);
      const prevEnded = !current || current.ended;
      // A run-in title or an entry counts only where a paragraph may start: after a finished
      // sentence, or at an indent. Most wrapped lines continue a sentence: no regex for those.
      const title = prevEnded || indented ? runInTitle(piece) : undefined;
      const startsNew = !current || indented || (prevEnded && (title !== undefined || isEntry(piece, false)));
      if (firstIndented === undefined) firstIndented = indented;
      else if (indented && prevEnded) {
        if (!firstIndented) break;
        if (title === undefined || (titles.length > 0 && !titles.some((t) => titleEnding(t) === titleEnding(title)))) break;
      }
      if (startsNew) {
        push();
        current = newParagraph();
        if (title) titles.push(title);
      }
      appendPiece(current!, piece, offset, lineEnd);
      continue;
    }
    // Paragraph mode.
    const bold = piece.startsWith('**');
    const continuing = current !== undefined && !current.ended;
    if (continuing) {
      appendPiece(current!, piece, offset, lineEnd);
      continue;
    }
    if (boldStyle === undefined) boldStyle = bold;
    else if (boldStyle && !bold) break;
    push();
    current = newParagraph();
    appendPiece(current, piece, offset, lineEnd);
  }
  if (i >= limit && i < lines.length) capped = true;
  push();
  return { paragraphs, capped };
}

/** A paragraph with its run-in title (`**煤炭。**`, `煤炭。`) if it opens with one. */
interface Titled {
  p: MappedText;
  title: string | undefined;
  /** Where the body starts, after the title. */
  bodyFrom: number;
}

/** A bold title without its closing mark (`。.：:`). */
function boldTitle(written: string): string {
  const c = written.charCodeAt(written.length - 1);
  const mark = c === 0x3002 || c === 0x2e || c === 0xff1a || c === 0x3a;
  return (mark ? written.slice(0, -1) : written).trim();
}

function stripBold(p: MappedText): Titled {
  const text = p.text;
  const bold = /^\*\*([^*\n]{1,40}?)\*\*/.exec(text);
  if (bold) return { p, title: boldTitle(bold[1]!), bodyFrom: bold[0].length };
  const m = /^([^，,、；;。.:：\n]{2,30})[。.]/.exec(text);
  if (m) return { p, title: m[1]!.trim(), bodyFrom: m[0].length };
  return { p, title: undefined, bodyFrom: 0 };
}

/** The body of a paragraph: after its title, trimmed; the whole paragraph when it has none. */
function bodyOf(x: Titled): MappedText {
  return x.title === undefined ? x.p : x.p.trim(x.bodyFrom);
}

function classify(title: string, texts: string[], hasTable: boolean): PanelKind {
  if (hasTable) return 'indicators';
  if (texts.length === 0) return 'other';
  if (/项目|工程/.test(title)) return 'projects';
  // Joined: a word may run from one group into the next.
  return /续建|新建|开工建设|建成|改扩建|等项目/.test(texts.join('')) ? 'projects' : 'initiatives';
}

/**
 * Find every 专栏 panel in a document, in order: its number and label as written (`专栏１`,
 * `专栏 1`), title, kind (indicators, projects, initiatives, glossary, other), groups (run-in
 * titled paragraphs such as `**煤炭。**续建…`) split into projects with their actions, and
 * glossary entries (`五结合：…` or a panel that defines its title in one paragraph).
 * A panel's start is marked; its end is not — see the rules in the docs (`docs/panels.md`):
 * headings, a new panel, the end of its indicator table, a change of paragraph style (markdown),
 * or the paragraph indent that marks body text resuming (PDF text).
 *
 * @param source The decoded document text (or a {@link SourceText}).
 * @example
 * const panels = extractPanels(text);
 * // Reading the tables too? Hand them over, and they are read once:
 * const tables = extractIndicatorTables(text);
 * const sameButFaster = extractPanels(text, { tables });
 * panels[0]; // { number: 2, label: '专栏 2', title: '能源生产供应重大项目', kind: 'projects', groups: [ … ] }
 */
export function extractPanels(source: SourceText | string, options: ExtractPanelsOptions = {}): Panel[] {
  const src = typeof source === 'string' ? new SourceText(source) : source;
  const lines = linesOf(src);
  const { candidates, wrapped } = surveyLines(src.text, lines);
  const { starts, headingLines } = findStarts(lines, candidates);
  if (starts.length === 0) return [];
  const tables = options.tables ?? extractIndicatorTables(src, { decimals: 'never' });
  const maxLines = options.maxLines ?? 400;
  const panels: Panel[] = [];
  starts.forEach((start, k) => {
    const diagnostics: Diagnostic[] = [];
    const startLine = lines.at(start.line)!;
    const nextStart = starts[k + 1]?.line ?? lines.length;
    const table = tables.find((t) => t.position.start.line === start.line + 1);
    let paragraphs: Paragraph[] = [];
    let endOffset: number;
    if (table) {
      endOffset = table.position.end.offset;
    } else {
      const collected = collect(src.text, lines, headingLines, start.line + 1, Math.min(nextStart, start.line + 1 + maxLines), wrapped);
      paragraphs = collected.paragraphs;
      const last = paragraphs[paragraphs.length - 1];
      endOffset = last ? last.end : startLine.end;
      if (collected.capped) {
        diagnostics.push({
          code: 'panel-end-uncertain',
          severity: 'warning',
          message: `No end found for ${start.label} within ${maxLines} lines`,
          position: src.position(startLine.start, endOffset),
        });
      }
    }
    const groups: PanelGroup[] = [];
    const glossary: GlossaryEntry[] = [];
    const parsed = paragraphs.map((p) => stripBold(p.text));
    const entries = parsed.filter((x) => isEntry(x.p.text, true));
    const titled = parsed.filter((x) => x.title !== undefined);
    let kind: PanelKind;
    if (!table && paragraphs.length > 0 && (entries.length === paragraphs.length || (titled.length === 0 && paragraphs.length <= 2))) {
      kind = 'glossary';
      for (const x of parsed) {
        const m = ENTRY.exec(x.p.text);
        if (m && entries.length === paragraphs.length) {
          const explanation = x.p.text.slice(m[0].length).trim();
          glossary.push({ term: m[1]!.trim(), explanation, position: x.p.position(src, 0, x.p.text.length) });
        } else {
          const term = /^“[^”]*”$/.test(start.title) ? start.title.slice(1, -1) : start.title;
          glossary.push({ term, explanation: x.p.text, position: x.p.position(src, 0, x.p.text.length) });
        }
      }
    } else {
      const bodies = parsed.map(bodyOf);
      kind = classify(start.title, bodies.map((b) => b.text), table !== undefined);
      parsed.forEach((x, k) => {
        const body = bodies[k]!;
        const items = splitProjects(body, src, kind === 'projects' ? 'items' : 'clauses');
        const group: PanelGroup = { text: body.text, items, position: x.p.position(src, 0, x.p.text.length) };
        if (x.title) group.title = x.title;
        groups.push(group);
      });
    }
    if (!table && paragraphs.length === 0) {
      diagnostics.push({
        code: 'panel-unparsed',
        severity: 'warning',
        message: `${start.label} has no content`,
        position: src.position(startLine.start, startLine.end),
      });
    }
    const lead = afterIndent(startLine.raw, 0, startLine.raw.length);
    // Object.assign, not conditional spreads: V8 11 (Node 20) copies a spread into a literal on a
    // slow path (~1 µs an object). Same keys in the same order.
    const panel: Panel = Object.assign(
      start.number !== undefined ? { number: start.number } : {},
      { label: start.label, title: start.title, kind, groups },
      kind === 'glossary' ? { glossary } : {},
      { diagnostics, position: src.position(startLine.start + lead, Math.max(endOffset, startLine.end)) },
    );
    panels.push(panel);
  });
  return panels;
}
