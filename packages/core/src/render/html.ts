import type { ParseResult, PolicyDocument } from '../models/document.js';
import type { Node } from '../models/node.js';
import { escapeMarkup as esc } from '../interchange/escape.js';
import { HEADING_TYPES, headingText, inNav, metaFacts } from './common.js';

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** A whole page (`<!doctype html>`, `<meta charset>`, `<title>`) instead of a fragment. Default false. */
  standalone?: boolean;
  /** Include the `<nav>` outline. Default true. */
  nav?: boolean;
  /** Deepest outline level in the `<nav>` (0 = top). Default 2. */
  navDepth?: number;
  /** `lang` of the output. Default `zh-CN`. */
  lang?: string;
}

const h = (level: number): string => `h${Math.min(6, Math.max(2, level))}`;

function idAttr(node: Node, prefix: string): string {
  return node.id ? ` id="${esc(prefix + node.id)}"` : '';
}

function nav(nodes: readonly Node[], prefix: string, depth: number, max: number): string {
  const items = nodes.filter(inNav);
  if (items.length === 0) return '';
  const li = items.map((node) => {
    const link = node.id ? `<a href="#${esc(prefix + node.id)}">${esc(headingText(node))}</a>` : esc(headingText(node));
    const sub = depth < max ? nav(node.children, prefix, depth + 1, max) : '';
    return `<li>${link}${sub}</li>`;
  });
  return `<ol>${li.join('')}</ol>`;
}

function table(node: Node, prefix: string): string {
  const [head, ...body] = node.rows ?? [];
  const th = head ? `<thead><tr>${head.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>` : '';
  const tb = body.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table${idAttr(node, prefix)} class="zc-table">${th}<tbody>${tb}</tbody></table>`;
}

/** A leaf or run-in node as a paragraph: label, run-in title in <strong>, text. */
function paragraph(node: Node, prefix: string, lead = ''): string {
  const parts = [
    lead,
    node.label && node.type !== 'paragraph' ? `<span class="zc-label">${esc(node.label)}</span>` : '',
    node.title ? `<strong class="zc-title">${esc(node.title)}</strong>` : '',
    node.text ? esc(node.text) : '',
  ].filter(Boolean);
  return `<p${idAttr(node, prefix)} class="zc-${node.type}">${parts.join('')}</p>`;
}

function render(nodes: readonly Node[], prefix: string, level: number, out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'table') {
      out.push(table(node, prefix));
    } else if (HEADING_TYPES.has(node.type)) {
      out.push(`<section${idAttr(node, prefix)} class="zc-${node.type}">`);
      const tag = h(level);
      if (node.label || node.title) out.push(`<${tag}>${esc(headingText(node))}</${tag}>`);
      if (node.text) out.push(`<p>${esc(node.text)}</p>`);
      render(node.children, prefix, level + 1, out);
      out.push('</section>');
    } else if (node.children.length === 0) {
      out.push(paragraph(node, prefix));
    } else if (node.type === 'article') {
      // 第一条 leads its first paragraph, as printed; the article is still its own division.
      out.push(`<div${idAttr(node, prefix)} class="zc-article">`);
      const [first, ...rest] = node.children;
      const label = `<span class="zc-label">${esc(headingText(node))}</span>`;
      if (first && first.children.length === 0 && first.type === 'paragraph') {
        out.push(paragraph(first, prefix, label));
        render(rest, prefix, level + 1, out);
      } else {
        out.push(`<p class="zc-article-label">${label}</p>`);
        render(node.children, prefix, level + 1, out);
      }
      out.push('</div>');
    } else {
      out.push(`<div${idAttr(node, prefix)} class="zc-${node.type}">`);
      out.push(paragraph({ ...node, id: undefined, children: [] } as Node, prefix));
      render(node.children, prefix, level + 1, out);
      out.push('</div>');
    }
  }
}

function documentHtml(doc: PolicyDocument, options: HtmlOptions, prefix: string, level: number, id?: string): string {
  const out: string[] = [];
  out.push(`<article${id ? ` id="${esc(id)}"` : ''} class="zc-document" data-kind="${esc(doc.kind)}">`);
  out.push('<header>');
  const tag = `h${Math.min(6, level)}`;
  out.push(`<${tag}>${esc(doc.meta.title ?? '(无标题)')}</${tag}>`);
  const facts = metaFacts(doc);
  if (facts.length) out.push(`<p class="zc-meta">${facts.map(esc).join(' · ')}</p>`);
  out.push('</header>');
  if (options.nav !== false) {
    const list = nav(doc.children, prefix, 0, options.navDepth ?? 2);
    if (list) out.push(`<nav aria-label="目录">${list}</nav>`);
  }
  render(doc.children, prefix, level + 1, out);
  out.push('</article>');
  return out.join('\n');
}

/**
 * Render a parsed document (or gazette) as HTML with stable anchors: every node with an `id`
 * becomes an element with that `id` (`chapter-2.section-6`, `article-12.paragraph-2`), so links
 * such as `#article-12` work; a `<nav>` lists the divisions. All document text is escaped — no
 * input ever becomes markup. In a gazette the ids of document *n* are prefixed `doc-n.`.
 *
 * @param result - what `parseDocument` returned
 * @param options - {@link HtmlOptions}
 * @returns an HTML fragment (`<article>`), or a whole page with `standalone: true`
 * @example
 * toHtml(parseDocument('第一条 为了规范管理，制定本办法。'));
 * // <article class="zc-document" data-kind="regulation"> … <div id="article-1" class="zc-article">
 * // <p id="article-1.paragraph-1" class="zc-paragraph"><span class="zc-label">第一条</span>为了规范管理，制定本办法。</p> …
 */
export function toHtml(result: ParseResult, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'zh-CN';
  let body: string;
  let title: string;
  if (result.kind === 'gazette') {
    title = result.meta.title ?? '公报';
    const issue = result.meta.year ? ` ${result.meta.year}年第${result.meta.issue ?? '?'}期` : '';
    const docs = result.documents.map((doc, i) => documentHtml(doc, options, `doc-${i + 1}.`, 2, `doc-${i + 1}`));
    const toc = result.documents
      .map((doc, i) => `<li><a href="#doc-${i + 1}">${esc(doc.meta.title ?? `(${i + 1})`)}</a></li>`)
      .join('');
    body = [
      `<div class="zc-gazette" lang="${esc(lang)}">`,
      `<header><h1>${esc(title + issue)}</h1></header>`,
      options.nav === false ? '' : `<nav aria-label="目录"><ol>${toc}</ol></nav>`,
      ...docs,
      '</div>',
    ]
      .filter(Boolean)
      .join('\n');
  } else {
    title = result.meta.title ?? '(无标题)';
    body = documentHtml(result, options, '', 1).replace('<article ', `<article lang="${esc(lang)}" `);
  }
  if (!options.standalone) return body + '\n';
  return [
    '<!doctype html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
