import type { Diagnostic } from '../models/diagnostic.js';
import type { Node } from '../models/node.js';

/**
 * Nodes whose text is a legal or numbered provision: it always ends a sentence or a clause
 * (。；：！？), so text that stops mid-phrase means the input was cut. Plain `text` under a
 * section is not checked: web copies end with page chrome (`扫一扫在手机打开当前页面`).
 */
const PROVISION_TYPES: ReadonlySet<Node['type']> = new Set(['article', 'paragraph', 'item', 'subitem', 'point']);

/** A last character that cannot end a provision: an ideograph, a letter or digit, or an opening or joining mark. */
const MID_PHRASE_END = /[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9，、,（(《“‘—]$/;
/** A last character that cannot end even a heading: an opening or joining mark. */
const JOINING_END = /[，、,（(《“‘—]$/;

/** The last node in document order, with its ancestors (outermost first). */
function lastNode(nodes: readonly Node[], ancestors: readonly Node[] = []): { node: Node; ancestors: readonly Node[] } | undefined {
  const last = nodes[nodes.length - 1];
  if (!last) return undefined;
  return lastNode(last.children, [...ancestors, last]) ?? { node: last, ancestors };
}

/** The text of the last node that should have ended a sentence but does not, if any. */
function unfinishedText(node: Node, ancestors: readonly Node[]): string | undefined {
  const parent = ancestors[ancestors.length - 1];
  const text = (node.text ?? '').trimEnd();
  if (text !== '') {
    const isProvision = PROVISION_TYPES.has(node.type) || (node.type === 'text' && parent !== undefined && PROVISION_TYPES.has(parent.type));
    return isProvision && MID_PHRASE_END.test(text) ? text : undefined;
  }
  // A short unpunctuated line was read as a title (（二）项目审批和). Headings end with an
  // ideograph, but not with a joining mark, and an article's 项 and 目 are never headings.
  const title = (node.title ?? '').trimEnd();
  if (title === '' || !PROVISION_TYPES.has(node.type)) return undefined;
  const inArticle = ancestors.some((a) => a.type === 'article');
  return JOINING_END.test(title) || (inArticle && MID_PHRASE_END.test(title)) ? title : undefined;
}

/**
 * An `input-truncated` warning when the document's last provision (an article, 款, 项, 目 or
 * numbered point) ends mid-sentence, as in a download or a copy cut short:
 * `第二条 省人民政府工业和` (end of input).
 *
 * @example
 * truncationDiagnostic(parseDocument('第一条 …。\n第二条 省人民政府工业和').children)?.code; // 'input-truncated'
 */
export function truncationDiagnostic(children: readonly Node[]): Diagnostic | undefined {
  const found = lastNode(children);
  if (!found) return undefined;
  const text = unfinishedText(found.node, found.ancestors);
  if (text === undefined) return undefined;
  const { node } = found;
  return {
    code: 'input-truncated',
    severity: 'warning',
    message: `The text ends mid-sentence ("…${text.slice(-12)}" has no closing punctuation): the input may be truncated.`,
    position: { start: node.position.end, end: node.position.end },
    data: { lastText: text.slice(-40) },
  };
}
