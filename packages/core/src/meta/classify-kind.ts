import type { DocumentKind } from '../models/document.js';
import type { Node } from '../models/node.js';
import { codes } from '../normalize/codes.js';

const DRAFT = '(?:[（(][^）)]{0,12}[）)])?$';
/** The kind a title names, by how it ends (first match wins). */
export const BY_TITLE: ReadonlyArray<[RegExp, DocumentKind]> = [
  [new RegExp(`名单${DRAFT}`), 'namelist'],
  [/(?:议程|日程)(?:[（(][^）)]*[）)])?$/, 'agenda'],
  [/(?:讲话|致辞|发言)$/, 'speech'],
  [/公告$/, 'announcement'],
  [new RegExp(`决议${DRAFT}`), 'resolution'],
  [new RegExp(`(?:纲要|规划)${DRAFT}`), 'plan'],
  [new RegExp(`(?:条例|办法|规定|细则|规则|法)${DRAFT}`), 'regulation'],
  [new RegExp(`决定${DRAFT}`), 'decision'],
  [/(?:报告|说明|意见|汇报)$/, 'report'],
];

/**
 * The last characters a title naming a kind can end with: each `BY_TITLE` pattern ends with one
 * of these words or with a closing bracket. A `…$` pattern is tried at every start position, so
 * a title ending otherwise (most candidate lines) skips all nine.
 */
const KIND_FINALS = codes('单程话辞言告议要划例法定则明见报）)');

/** The kind of document a title names, if it names one (印发 notices name what they publish). */
export function kindFromTitle(title: string): DocumentKind | undefined {
  const t = title.replace(/\s+/g, '');
  // 关于印发《…规划纲要》的通知: the notice publishes a plan; the document is that plan.
  // Tested with endsWith/indexOf: an unanchored /印发(.+?)的通知$/ is quadratic on long text.
  const at = t.indexOf('印发');
  if (at >= 0 && t.endsWith('的通知') && at + 2 < t.length - 3) {
    return kindFromTitle(t.slice(at + 2, t.length - 3).replace(/[《》]/g, ''));
  }
  if (!KIND_FINALS.has(t.charCodeAt(t.length - 1))) return undefined;
  for (const [pattern, kind] of BY_TITLE) if (pattern.test(t)) return kind;
  return undefined;
}

function count(nodes: readonly Node[], type: Node['type']): number {
  let n = 0;
  for (const node of nodes) n += (node.type === type ? 1 : 0) + count(node.children, type);
  return n;
}

/** The kind from the shape of the tree, when the title does not tell. */
export function kindFromStructure(children: readonly Node[]): DocumentKind {
  if (count(children, 'article') >= 3) return 'regulation';
  if (count(children, 'section') >= 2 || count(children, 'panel') >= 1) return 'plan';
  if (count(children, 'point') >= 2) return 'decision';
  return 'other';
}
