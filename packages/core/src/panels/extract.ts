import type { Diagnostic } from '../models/diagnostic.js';
import type { GlossaryEntry, Panel, PanelGroup, PanelKind } from '../models/panel.js';
import type { IndicatorTable } from '../models/indicator.js';
import { foldWidth } from '../normalize/width.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';
import { SourceText } from '../source/source-text.js';
import { extractIndicatorTables } from '../tables/extract.js';
import { type Line, type Lines, linesOf } from '../tables/lines.js';
import { splitProjects } from './projects.js';
import { MappedText } from './text-map.js';

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
const INDENT = /^ ?[\u3000]{2}/;
const TERMINAL = /[。.！？!?；;：:]\s*(?:\*\*)?$/;
const RUN_IN = /^(?:\*\*([^*\n]{1,40}?)[。.]?\*\*|([^，,、；;。.:：\n]{2,30})[。.])/;
const ENTRY = /^([^，,。.；;:：\n]{1,30}?)[:：]/;
const BLANKS_AND_STARS = /^[\s*]*$/;

interface Start {
  line: number;
  label: string;
  number?: number;
  title: string;
}

function findStarts(text: string, lines: Lines): Start[] {
  const out: Start[] = [];
  // Every start holds 专栏: find those in the whole text rather than visiting every line.
  for (let at = text.indexOf('专栏'); at !== -1; ) {
    const line = lines.at(lines.indexAt(at))!;
    at = text.indexOf('专栏', line.end);
    const m = PANEL_START.exec(line.raw.replace(/^[ \u3000]+/, ''));
    if (!m) continue;
    const title = m[3]!.replace(/\*\*|<\/?b>/g, '').trim();
    if (/[。；;，,]$/.test(title)) continue;
    const n = parseChineseNumeral(foldWidth(m[2]!));
    out.push({ line: line.index, label: m[1]!, ...(n !== undefined ? { number: n } : {}), title });
  }
  return out;
}

/**
 * True when the document's lines are wrapped at a fixed width (text extracted from PDF): nine
 * in ten non-blank lines are at most 40 characters long. The 90th percentile of the sorted
 * lengths is at most 40 exactly when more than `floor(0.9 n)` lengths are, so lengths are
 * counted, not collected and sorted; they are measured in place, without slicing lines.
 */
function isWrapped(text: string, lines: Lines): boolean {
  let nonBlank = 0;
  let short = 0;
  for (let i = 0; i < lines.length; i++) {
    const length = trimmedSpanLength(text, lines.startOf(i), lines.endOf(i));
    if (length === 0) continue;
    nonBlank++;
    if (length <= 40) short++;
  }
  return nonBlank >= 20 && short > Math.floor(nonBlank * 0.9);
}

/** `text.slice(from, to).trim().length`, without the slice. */
function trimmedSpanLength(text: string, from: number, to: number): number {
  while (from < to && isTrimmedCode(text.charCodeAt(from))) from++;
  while (to > from && isTrimmedCode(text.charCodeAt(to - 1))) to--;
  return to - from;
}

interface Paragraph {
  text: MappedText;
  lines: Line[];
  /** `TERMINAL.test(text.text.trim())`, kept up to date as lines are appended. */
  ended: boolean;
}

function newParagraph(): Paragraph {
  return { text: new MappedText(), lines: [], ended: false };
}

/**
 * Append a line's text to a paragraph and note whether the paragraph now ends a sentence. Only the
 * piece is tested, not the whole paragraph re-trimmed (a copy per line, quadratic in a long
 * paragraph): a sentence end is a terminal mark then blanks and `**`, so when the piece holds any
 * other character the match lies within it. A piece of only blanks and stars (a closing `**` on
 * its own line) may complete a mark in the text before: then the whole text is tested.
 */
function appendPiece(p: Paragraph, piece: string, offset: number): void {
  p.text.append(piece, offset);
  const tail = piece.trimEnd();
  p.ended = BLANKS_AND_STARS.test(tail) ? TERMINAL.test(p.text.text.trim()) : TERMINAL.test(tail);
}

function plainLine(line: Line): { text: string; offset: number } {
  const lead = /^[ \u3000]*/.exec(line.raw)![0].length;
  return { text: line.raw.slice(lead).replace(/\s+$/, ''), offset: line.start + lead };
}

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
  lines: Lines,
  from: number,
  limit: number,
  wrapped: boolean,
): { paragraphs: Paragraph[]; endLine: number; capped: boolean } {
  const paragraphs: Paragraph[] = [];
  let i = from;
  let current: Paragraph | undefined;
  let firstIndented: boolean | undefined;
  const titles: string[] = [];
  let boldStyle: boolean | undefined;
  let capped = false;
  const push = (): void => {
    if (current && current.text.text.trim() !== '') paragraphs.push(current);
    current = undefined;
  };
  for (; i < lines.length && i < limit; i++) {
    const line = lines.at(i)!;
    const raw = line.raw;
    if (raw.trim() === '') {
      if (!wrapped) {
        // A blank line ends a paragraph unless the sentence is unfinished.
        if (current?.ended) push();
      }
      continue;
    }
    if (HARD_END.test(raw) || PANEL_START.test(raw.replace(/^[ \u3000]+/, ''))) break;
    const { text, offset } = plainLine(line);
    if (wrapped) {
      const indented = INDENT.test(raw);
      const prevEnded = !current || current.ended;
      const title = runInTitle(text.replace(/^[\u3000 ]+/, ''));
      const entry = ENTRY.exec(text);
      const startsNew = !current || indented || (prevEnded && (title !== undefined || entry !== null));
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
      appendPiece(current!, text, offset);
      current!.lines.push(line);
      continue;
    }
    // Paragraph mode.
    const bold = /^\*\*/.test(text);
    const continuing = current !== undefined && !current.ended;
    if (continuing) {
      appendPiece(current!, text, offset);
      current!.lines.push(line);
      continue;
    }
    if (current && !bold && boldStyle === undefined && current.text.text === '') {
      // nothing
    }
    if (boldStyle === undefined) boldStyle = bold;
    else if (boldStyle && !bold) break;
    push();
    current = newParagraph();
    current.lines.push(line);
    appendPiece(current, text, offset);
  }
  if (i >= limit && i < lines.length) capped = true;
  push();
  return { paragraphs, endLine: i, capped };
}

function stripBold(p: MappedText): { title?: string; body: MappedText; titleSpan?: [number, number] } {
  const text = p.text;
  const bold = /^\*\*([^*\n]{1,40}?)\*\*/.exec(text);
  if (bold) {
    const title = bold[1]!.replace(/[。.：:]$/, '').trim();
    return { title, body: p.slice(bold[0].length, text.length).trim(), titleSpan: [2, 2 + bold[1]!.length] };
  }
  const m = /^([^，,、；;。.:：\n]{2,30})[。.]/.exec(text);
  if (m) return { title: m[1]!.trim(), body: p.slice(m[0].length, text.length).trim(), titleSpan: [0, m[1]!.length] };
  return { body: p };
}

function classify(title: string, groups: Array<{ title?: string; text: string }>, hasTable: boolean): PanelKind {
  if (hasTable) return 'indicators';
  if (groups.length === 0) return 'other';
  const joined = groups.map((g) => g.text).join('');
  if (/项目|工程/.test(title) || /续建|新建|开工建设|建成|改扩建|等项目/.test(joined)) return 'projects';
  return 'initiatives';
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
  const starts = findStarts(src.text, lines);
  if (starts.length === 0) return [];
  const wrapped = isWrapped(src.text, lines);
  const tables = options.tables ?? extractIndicatorTables(src, { decimals: 'never' });
  const maxLines = options.maxLines ?? 400;
  const panels: Panel[] = [];
  starts.forEach((start, k) => {
    const diagnostics: Diagnostic[] = [];
    const startLine = lines.at(start.line)!;
    const nextStart = starts[k + 1]?.line ?? lines.length;
    const table = tables.find((t) => t.position.start.line === start.line + 1);
    let endLine: number;
    let paragraphs: Paragraph[] = [];
    let endOffset: number;
    if (table) {
      endOffset = table.position.end.offset;
      endLine = table.position.end.line;
    } else {
      const collected = collect(lines, start.line + 1, Math.min(nextStart, start.line + 1 + maxLines), wrapped);
      paragraphs = collected.paragraphs;
      endLine = collected.endLine;
      const last = paragraphs[paragraphs.length - 1];
      endOffset = last ? last.lines[last.lines.length - 1]!.end : startLine.end;
      if (collected.capped) {
        diagnostics.push({
          code: 'panel-end-uncertain',
          severity: 'warning',
          message: `No end found for ${start.label} within ${maxLines} lines`,
          position: src.position(startLine.start, endOffset),
        });
      }
    }
    void endLine;
    const groups: PanelGroup[] = [];
    const glossary: GlossaryEntry[] = [];
    const parsed = paragraphs.map((p) => Object.assign({ p: p.text }, stripBold(p.text)));
    const entries = parsed.filter((x) => ENTRY.test(x.p.text.replace(/^\*\*|\*\*/g, '')));
    const titled = parsed.filter((x) => x.title !== undefined);
    let kind: PanelKind;
    if (!table && paragraphs.length > 0 && (entries.length === paragraphs.length || (titled.length === 0 && paragraphs.length <= 2))) {
      kind = 'glossary';
      for (const x of parsed) {
        const m = ENTRY.exec(x.p.text);
        if (m && entries.length === paragraphs.length) {
          const explanation = x.p.slice(m[0].length, x.p.text.length).trim();
          glossary.push({ term: m[1]!.trim(), explanation: explanation.text, position: x.p.position(src, 0, x.p.text.length) });
        } else {
          const term = /^“[^”]*”$/.test(start.title) ? start.title.slice(1, -1) : start.title;
          glossary.push({ term, explanation: x.p.text, position: x.p.position(src, 0, x.p.text.length) });
        }
      }
    } else {
      kind = classify(start.title, parsed.map((x) => Object.assign(x.title ? { title: x.title } : {}, { text: x.body.text })), table !== undefined);
      for (const x of parsed) {
        const items = splitProjects(x.body, src, kind === 'projects' ? 'items' : 'clauses');
        const group: PanelGroup = { text: x.body.text, items, position: x.p.position(src, 0, x.p.text.length) };
        if (x.title) group.title = x.title;
        groups.push(group);
      }
    }
    if (!table && paragraphs.length === 0) {
      diagnostics.push({
        code: 'panel-unparsed',
        severity: 'warning',
        message: `${start.label} has no content`,
        position: src.position(startLine.start, startLine.end),
      });
    }
    const lead = startLine.raw.length - startLine.raw.replace(/^[ \u3000]+/, '').length;
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
