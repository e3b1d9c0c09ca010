import type { Diagnostic } from '../models/diagnostic.js';
import type { Node, NodeType } from '../models/node.js';
import type { SourceText } from '../source/source-text.js';
import { sliceMapped, trimMapped, type MappedText } from '../normalize/mapped-text.js';
import { codes } from '../normalize/codes.js';
import type { Block } from '../segment/blocks.js';
import { parseChineseNumeral } from '../numerals/chinese-numerals.js';
import { matchLabel, ordinalKind, type Label, type LabelKind } from './labels.js';
import { runInTitleLength } from './run-in-title.js';
import { endsWithTerminal } from '../normalize/ends-with-terminal.js';
import { newNode } from './new-node.js';

/**
 * Nesting rank of each numbered level: a node closes every open node of equal or deeper rank.
 * 编 > 章 > 节 > 专栏 > 条 > 一、 > 款 > （一） > 1.
 */
const RANK: Record<LabelKind | 'paragraph', number> = {
  part: 1,
  chapter: 2,
  section: 3,
  panel: 3.5,
  article: 4,
  point: 5,
  paragraph: 5.5,
  item: 6,
  subitem: 7,
};

/** Headings that open a division: their text after the label is a title, not body text. */
const DIVISION_KINDS = new Set<LabelKind>(['part', 'chapter', 'section', 'panel']);

interface Open {
  node: Node;
  rank: number;
  /** A list entry (ends with punctuation): following unnumbered text belongs to its parent. */
  entry: boolean;
  /** A 专栏 panel: the numbering outside it when it opened, and the numbering inside it. */
  panel?: { outside: ReadonlyMap<LabelKind, number>; inside: Map<LabelKind, number> };
}

export interface TreeResult {
  children: Node[];
  diagnostics: Diagnostic[];
}

const N = '〇零一二三四五六七八九十百千两0-9';
/** 章节编篇: the words a division label ends with. */
const DIVISION_WORD_CHARS = '章节编篇';
const TRAILING_LABEL = new RegExp(`^(.{2,60}?)\\s*(第([${N}]{1,4})([${DIVISION_WORD_CHARS}]))$`);
const TOC_TITLE = /^目\s*录$/;
/** The last character of every `TRAILING_LABEL` match: a lazy `^…$` pattern is costly to reject. */
const DIVISION_WORDS = codes(DIVISION_WORD_CHARS);

/** A short line without closing punctuation reads as a heading rather than a sentence. */
function isHeadingLike(text: string): boolean {
  return text.length <= 60 && !endsWithTerminal(text);
}

/**
 * Turn blocks into the document tree: numbered divisions (编/章/节/条/一、/（一）/1.), 款 inside
 * articles, 专栏 panels, a table of contents kept as one node, and unnumbered text.
 * Every block lands in exactly one node, so no content is lost.
 */
export function buildTree(blocks: readonly Block[], source: SourceText): TreeResult {
  const diagnostics: Diagnostic[] = [];
  const root: Node[] = [];
  const stack: Open[] = [];
  let lastArticle = 0;
  let toc: { node: Node; first?: { kind: LabelKind; number: number } } | undefined;
  let tocDone = false;

  const position = (m: MappedText) => {
    const start = m.offsets[0] ?? m.end;
    const last = m.offsets[m.offsets.length - 1];
    return source.position(start, last === undefined ? m.end : last + 1);
  };

  // In place: each node's position is an object of its own (a diagnostic about a node takes a
  // copy), so a child appended deep in the tree allocates no new position for every open ancestor.
  const extend = (node: Node, child: Node) => {
    if (child.position.end.offset > node.position.end.offset) node.position.end = child.position.end;
  };

  const append = (child: Node) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.node.children.push(child);
      for (const open of stack) extend(open.node, child);
    } else root.push(child);
  };

  // The last number of each label kind opened, and of each opened inside the innermost panel.
  const lastNumber = new Map<LabelKind, number>();
  // A loop, not findLastIndex with a callback: asked for every label, and the stack is shallow.
  const innermostPanel = (): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.panel !== undefined) return i;
    return -1;
  };

  const open = (node: Node, rank: number, entry = false) => {
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    append(node);
    stack.push({ node, rank, entry });
  };

  /**
   * A panel is a box set into the text where it stands: it closes an open panel, and the list
   * entries and 款 before it, but stays inside the point or section around it, so the numbering
   * outside can resume after it.
   */
  const openPanel = (node: Node) => {
    const previous = innermostPanel();
    if (previous >= 0) stack.length = previous;
    while (stack.length > 0 && stack[stack.length - 1]!.rank > RANK.point) stack.pop();
    append(node);
    stack.push({ node, rank: RANK.panel, entry: false, panel: { outside: new Map(lastNumber), inside: new Map() } });
  };

  /**
   * The panel ends where the numbering from outside it resumes (`（二）`, 专栏, `（三）`; or
   * `一、`, 专栏, `二、`) unless the panel's own numbering of that kind reaches the same place.
   */
  const closePanelBefore = (label: Label) => {
    const at = innermostPanel();
    if (at < 0) return;
    const { outside, inside } = stack[at]!.panel!;
    const before = outside.get(label.kind);
    if (before !== undefined && label.number === before + 1 && inside.get(label.kind) !== label.number - 1) stack.length = at;
  };

  const noteNumber = (label: Label) => {
    lastNumber.set(label.kind, label.number);
    const at = innermostPanel();
    if (at >= 0) stack[at]!.panel!.inside.set(label.kind, label.number);
  };

  const textNode = (type: NodeType, m: MappedText, block?: Block): Node => {
    const node = newNode(type, position(m));
    const lead = block?.boldLead;
    const runIn = type === 'text' ? runInTitleLength(m.text) : 0;
    if (lead && m.text.startsWith(lead) && lead.length < m.text.length) {
      node.title = lead;
      node.text = m.text.slice(lead.length);
    } else if (runIn > 0) {
      node.title = m.text.slice(0, runIn);
      node.text = m.text.slice(runIn);
    } else node.text = m.text;
    return node;
  };

  /** Attach unnumbered text where it belongs: 款 in an article, else the innermost open node. */
  const attachText = (block: Block) => {
    while (stack.length > 0 && (stack[stack.length - 1]!.entry || stack[stack.length - 1]!.rank >= RANK.paragraph)) {
      // Text after a list entry, or after a 款, starts a new 款 or returns to the parent.
      stack.pop();
    }
    const top = stack[stack.length - 1];
    if (top?.node.type === 'article') {
      open(textNode('paragraph', block, block), RANK.paragraph);
    } else append(textNode('text', block, block));
  };

  const labeledNode = (label: Label, block: Block): Node => {
    const node = newNode(label.kind, position(block));
    node.number = label.number;
    node.label = label.label;
    if (label.kind === 'article') {
      // The article's first 款 needs its positions: a mapped slice.
      const paragraph = trimMapped(sliceMapped(block, label.restIndex));
      if (paragraph.text !== '') {
        const first = newNode('paragraph', position(paragraph));
        first.text = paragraph.text;
        node.children.push(first);
      }
      return node;
    }
    // Elsewhere only the text is needed: a plain string trims without a view of the offsets
    // (String#trim strips exactly what trimMapped does).
    const rest = block.text.slice(label.restIndex).trim();
    if (rest === '') return node;
    if (DIVISION_KINDS.has(label.kind) || isHeadingLike(rest)) {
      node.title = rest;
    } else {
      // 三、大力推进科技创新。深入实施…: the point's run-in title.
      const runIn = runInTitleLength(rest);
      if (runIn > 0) node.title = rest.slice(0, runIn);
      node.text = rest.slice(runIn);
    }
    return node;
  };

  let table: Node | undefined;
  const lastDivision = new Map<LabelKind, number>();

  for (const block of blocks) {
    const text = block.text;

    // Tab-separated rows form one table node; cells keep every character of the rows.
    if (block.tabbed) {
      const row = text.split('\t').map((cell) => cell.trim());
      if (!table) {
        table = newNode('table', position(block));
        table.rows = [];
        append(table);
      }
      table.rows!.push(row);
      const end = position(block).end;
      table.position.end = end;
      for (const open of stack) extend(open.node, table);
      continue;
    }
    table = undefined;

    // Table of contents: kept whole in one node, never mistaken for the real headings. It ends
    // at the first heading that repeats its first entry, or at the first line of body text.
    if (!tocDone && !toc && text.startsWith('目') && TOC_TITLE.test(text)) {
      toc = { node: newNode('heading', position(block)) };
      toc.node.label = text;
      stack.length = 0;
      root.push(toc.node);
      diagnostics.push({
        code: 'toc-skipped',
        severity: 'info',
        message: 'A table of contents was kept as one node; its entries are not headings.',
        position: position(block),
      });
      continue;
    }
    if (toc && !tocDone) {
      const label = matchLabel(text);
      const repeatsFirst = label && toc.first && label.kind === toc.first.kind && label.number === toc.first.number;
      if (!repeatsFirst && (block.markdownHeading !== undefined || isHeadingLike(text))) {
        if (label && !toc.first && DIVISION_KINDS.has(label.kind)) toc.first = { kind: label.kind, number: label.number };
        const entry = textNode('text', block);
        toc.node.children.push(entry);
        extend(toc.node, entry);
        continue;
      }
      tocDone = true;
    }

    const found = matchLabel(text);
    const label = found && correctLabel(found, lastDivision, block, diagnostics, position);
    if (label && acceptLabel(label, block, lastArticle)) {
      if (DIVISION_KINDS.has(label.kind)) lastDivision.set(label.kind, label.number);
      if (label.kind !== 'panel') closePanelBefore(label);
      if (label.kind === 'panel') {
        openPanel(labeledNode(label, block));
        continue;
      }
      noteNumber(label);
      if (label.kind === 'article') {
        lastArticle = label.number;
        // An article ends every open article, 款 and item; it stays inside 章/节.
        open(labeledNode(label, block), RANK.article);
        const paragraph = stack[stack.length - 1]!.node.children[0];
        if (paragraph) stack.push({ node: paragraph, rank: RANK.paragraph, entry: false });
        continue;
      }
      const node = labeledNode(label, block);
      // A short list entry (`（一）按照合同提供服务；`) does not own the text after it; a point or
      // item that is a paragraph of its own (`三、大力推进科技创新。深入实施…`) does.
      const entry = label.kind !== 'point' && node.text !== undefined && endsWithTerminal(node.text) &&
        (node.text.endsWith('；') || node.text.length <= 40);
      if (label.kind === 'item' || label.kind === 'subitem') {
        // Items inside a 款 nest under it; elsewhere under the innermost point/section.
        while (stack.length > 0 && stack[stack.length - 1]!.entry && stack[stack.length - 1]!.rank >= RANK[label.kind]) stack.pop();
      }
      open(node, RANK[label.kind], entry);
      continue;
    }

    const trailing = isHeadingLike(text) && DIVISION_WORDS.has(text.charCodeAt(text.length - 1)) ? TRAILING_LABEL.exec(text) : null;
    if (trailing) {
      // The match ends in one of 章节编篇, each an ordinal label's last character.
      const kind = ordinalKind(trailing[4]!.charCodeAt(0))![0];
      const node = newNode(kind, position(block));
      node.number = parseChineseNumeral(trailing[3]!)!;
      node.label = trailing[2]!;
      node.title = trailing[1]!.trim();
      diagnostics.push({
        code: 'heading-reversed',
        severity: 'warning',
        message: `The label ${trailing[2]} is written after its title; read as a ${kind} heading.`,
        data: { label: trailing[2]! },
        position: { start: node.position.start, end: node.position.end },
      });
      open(node, RANK[kind]);
      continue;
    }

    if (block.markdownHeading !== undefined && isHeadingLike(text)) {
      const heading = newNode('heading', position(block));
      heading.title = text;
      append(heading);
      continue;
    }
    attachText(block);
  }
  return { children: root, diagnostics };
}

/** Division levels whose labels are mistyped for one another: as written, as meant. */
const MISTYPED_LEVELS: ReadonlyArray<readonly [LabelKind, LabelKind]> = [['part', 'chapter'], ['chapter', 'section'], ['section', 'chapter']];

/**
 * A division label that breaks its own sequence badly but is exactly the next number of the
 * level below (`第二十章` between 第十九节 and 第二十一节, while chapters are at 5) is a typo for
 * that level: read it so, and say so.
 */
function correctLabel(
  label: Label,
  last: ReadonlyMap<LabelKind, number>,
  block: Block,
  diagnostics: Diagnostic[],
  position: (m: MappedText) => Node['position'],
): Label {
  for (const [kind, other] of MISTYPED_LEVELS) {
    if (label.kind !== kind) continue;
    const own = last.get(kind) ?? 0;
    const otherLast = last.get(other);
    if (otherLast === undefined || label.number === own + 1 || label.number !== otherLast + 1) continue;
    if (Math.abs(label.number - own) < 3) continue;
    diagnostics.push({
      code: 'label-corrected',
      severity: 'warning',
      message: `${label.label} breaks the ${kind} sequence (at ${own}) but continues the ${other} sequence: read as a ${other}.`,
      data: { written: kind, read: other, number: label.number },
      position: position(block),
    });
    return { ...label, kind: other };
  }
  return label;
}

/**
 * Whether a label at the start of a block really opens a division, rather than starting a
 * sentence that cites one (`第三条规定的…`). Divisions are short titles; an article is
 * separated from its text or continues the article sequence.
 */
function acceptLabel(label: Label, block: Block, lastArticle: number): boolean {
  const rest = block.text.slice(label.restIndex);
  switch (label.kind) {
    case 'part':
    case 'chapter':
    case 'section':
    case 'panel':
      return block.markdownHeading !== undefined || rest.length <= 70 && !endsWithTerminal(rest) || rest === '';
    case 'article':
      return label.separated || label.number === lastArticle + 1 || (lastArticle === 0 && label.number === 1);
    default:
      return true;
  }
}
