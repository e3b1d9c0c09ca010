import type { ParseResult, PolicyDocument } from '../models/document.js';
import type { Node } from '../models/node.js';
import { escapeMarkup } from '../interchange/escape.js';
import { HEADING_TYPES, headingText, metaFacts } from './common.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Write `<a id="…"></a>` anchors (default true). */
  anchors?: boolean;
}

const MD_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escape text for CommonMark so that it reads back as the same text: `& < >` become entities (no
 * raw HTML can pass), inline markers `\ ` * _ [ ] | ~` are backslash-escaped, and a line start that
 * would open a heading, quote, list or code block is neutralized.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((raw) => {
      const line = raw.replace(/^[ \t]+/, '');
      const escaped = line.replace(/[&<>\\`*_[\]|~]/g, (c) => MD_SPECIAL[c] ?? `\\${c}`);
      return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
    })
    .filter((line) => line !== '')
    .join('\n');
}

function anchor(node: Node, prefix: string, options: MarkdownOptions): string {
  return node.id && options.anchors !== false ? `<a id="${escapeMarkup(prefix + node.id)}"></a>` : '';
}

function runIn(node: Node, prefix: string, options: MarkdownOptions, lead = ''): string {
  const label = node.label && node.type !== 'paragraph' ? escapeMarkdown(node.label) : '';
  const title = node.title ? `**${escapeMarkdown(node.title)}**` : '';
  const text = node.text ? escapeMarkdown(node.text) : '';
  const body = `${lead}${label}${title}${text}`;
  return body === '' && anchor(node, prefix, options) === '' ? '' : `${anchor(node, prefix, options)}${body}`;
}

function render(nodes: readonly Node[], prefix: string, level: number, options: MarkdownOptions, out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'table') {
      const rows = node.rows ?? [];
      const width = Math.max(1, ...rows.map((r) => r.length));
      const cells = (row: readonly string[]) =>
        `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(row[i] ?? '').replace(/\n/g, ' ')).join(' | ')} |`;
      const [head = [], ...body] = rows;
      out.push(
        [anchor(node, prefix, options), cells(head), `|${' --- |'.repeat(width)}`, ...body.map(cells)].filter(Boolean).join('\n'),
      );
    } else if (HEADING_TYPES.has(node.type)) {
      const text = headingText(node);
      if (text) out.push(`${'#'.repeat(Math.min(6, level))} ${anchor(node, prefix, options)}${escapeMarkdown(text)}`);
      else if (anchor(node, prefix, options)) out.push(anchor(node, prefix, options));
      if (node.text) out.push(escapeMarkdown(node.text));
      render(node.children, prefix, level + 1, options, out);
    } else if (node.type === 'article') {
      // 第一条 leads its first paragraph in bold, as printed.
      const label = `**${escapeMarkdown(headingText(node))}**　`;
      const [first, ...rest] = node.children;
      if (first && first.type === 'paragraph' && first.children.length === 0) {
        out.push(anchor(node, prefix, options) + runIn(first, prefix, options, label));
        render(rest, prefix, level, options, out);
      } else {
        out.push(anchor(node, prefix, options) + label.trimEnd());
        render(node.children, prefix, level, options, out);
      }
    } else {
      const line = runIn(node, prefix, options);
      if (line) out.push(line);
      render(node.children, prefix, level, options, out);
    }
  }
}

function documentMarkdown(doc: PolicyDocument, prefix: string, level: number, options: MarkdownOptions, id?: string): string {
  const out: string[] = [];
  const anchorHtml = id && options.anchors !== false ? `<a id="${escapeMarkup(id)}"></a>` : '';
  out.push(`${'#'.repeat(level)} ${anchorHtml}${escapeMarkdown(doc.meta.title ?? '(无标题)')}`);
  const facts = metaFacts(doc);
  if (facts.length) out.push(escapeMarkdown(facts.join(' · ')));
  render(doc.children, prefix, level + 1, options, out);
  return out.join('\n\n');
}

/**
 * Render a parsed document (or gazette) as CommonMark. Divisions (编 章 节, 专栏, unnumbered
 * headings) become ATX headings by depth (`#` is the title); articles, points and items are
 * paragraphs led by their label (`**第一条**`), run-in titles in bold; tables are pipe tables.
 * Anchors are raw inline HTML `<a id="chapter-2.section-6"></a>` at the start of each block,
 * because CommonMark has no attribute syntax (`{#id}` is an extension). All text is escaped, so
 * `<script>` in a document stays text. In a gazette the ids of document *n* are prefixed `doc-n.`.
 *
 * @param result - what `parseDocument` returned
 * @param options - {@link MarkdownOptions}
 * @returns Markdown text ending with a newline
 * @example
 * toMarkdown(parseDocument('第一条 为了规范管理，制定本办法。'));
 * // # (无标题)
 * //
 * // <a id="article-1"></a><a id="article-1.paragraph-1"></a>**第一条**　为了规范管理，制定本办法。
 */
export function toMarkdown(result: ParseResult, options: MarkdownOptions = {}): string {
  if (result.kind !== 'gazette') return documentMarkdown(result, '', 1, options) + '\n';
  const issue = result.meta.year ? ` ${result.meta.year}年第${result.meta.issue ?? '?'}期` : '';
  const out = [`# ${escapeMarkdown((result.meta.title ?? '公报') + issue)}`];
  result.documents.forEach((doc, i) => out.push(documentMarkdown(doc, `doc-${i + 1}.`, 2, options, `doc-${i + 1}`)));
  return out.join('\n\n') + '\n';
}
