import type { ParseResult, PolicyDocument } from '../models/document.js';
import type { Node } from '../models/node.js';

/** Node types shown in an outline: the numbered divisions and panels, not body text. */
const OUTLINE_TYPES = new Set<Node['type']>(['part', 'chapter', 'section', 'article', 'panel', 'point', 'heading']);

export interface OutlineOptions {
  /** Deepest level printed (0 = top). Default: unlimited. */
  maxDepth?: number;
  /** Include points `一、` (default true). */
  points?: boolean;
}

function headline(doc: PolicyDocument): string[] {
  const { meta } = doc;
  const facts = [
    meta.issuer,
    meta.docNumber?.raw,
    meta.dates.adopted && `通过 ${meta.dates.adopted}`,
    meta.dates.delivered && `${meta.dates.delivered} 在${meta.meeting ?? '会议'}上`,
    meta.dates.signed && `签发 ${meta.dates.signed}`,
    meta.dates.published && `发布 ${meta.dates.published}`,
    meta.dates.effective && `施行 ${meta.dates.effective}`,
  ].filter(Boolean);
  return [`${meta.title ?? '(无标题)'}  [${doc.kind} · ${doc.profile}]`, ...(facts.length ? [`  ${facts.join(' · ')}`] : [])];
}

function count(node: Node, type: Node['type']): number {
  return node.children.filter((c) => c.type === type).length;
}

function lines(nodes: readonly Node[], depth: number, options: OutlineOptions, out: string[]): void {
  for (const node of nodes) {
    if (!OUTLINE_TYPES.has(node.type) || (node.type === 'point' && options.points === false)) continue;
    if (node.type === 'heading' && node.label === undefined) continue;
    let line = [node.label, node.title].filter(Boolean).join(' ');
    if (node.type === 'article') {
      const paragraphs = count(node, 'paragraph');
      if (paragraphs > 1) line += `  (${paragraphs}款)`;
    }
    if (node.type === 'heading') line += `  (${node.children.length}条目录)`;
    out.push('  '.repeat(depth + 1) + line);
    if (options.maxDepth === undefined || depth < options.maxDepth) lines(node.children, depth + 1, options, out);
  }
}

/**
 * A readable outline of a parsed document or gazette: title and key facts, then the
 * 编/章/节/条 and 专栏 headings, indented by level.
 *
 * @example
 * console.log(formatOutline(parseDocument(text)));
 * // 山西省制造业高质量发展促进条例  [regulation · pdf]
 * //   山西省人民代表大会常务委员会 · 通过 2024-03-28 · 施行 2024-05-01
 * //   第一条
 */
export function formatOutline(result: ParseResult, options: OutlineOptions = {}): string {
  const out: string[] = [];
  if (result.kind === 'gazette') {
    out.push(`${result.meta.title ?? '公报'}${result.meta.year ? ` ${result.meta.year}年第${result.meta.issue}期` : ''}  [gazette · ${result.documents.length} documents]`);
    result.documents.forEach((doc, i) => {
      out.push('');
      out.push(`${i + 1}. ` + headline(doc).join('\n'));
      lines(doc.children, 0, options, out);
    });
  } else {
    out.push(...headline(result));
    lines(result.children, 0, options, out);
  }
  return out.join('\n');
}
