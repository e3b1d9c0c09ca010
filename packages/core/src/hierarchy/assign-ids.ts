import type { Node } from '../models/node.js';

/**
 * Give every node a stable anchor id: `chapter-2`, `article-12`, `article-12.paragraph-2`,
 * `chapter-2.section-1` where section numbers restart per chapter. Ids depend only on the
 * numbering and order, so the same text always gets the same ids.
 */
export function assignIds(children: Node[]): void {
  const shortCounts = new Map<string, number>();
  const countShort = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.number !== undefined) {
        const key = `${node.type}-${node.number}`;
        shortCounts.set(key, (shortCounts.get(key) ?? 0) + 1);
      }
      countShort(node.children);
    }
  };
  countShort(children);
  const used = new Set<string>();
  const visit = (nodes: Node[], parentId: string | undefined) => {
    if (nodes.length === 0) return; // most nodes are leaves: no map for them
    const seen = new Map<string, number>();
    for (const node of nodes) {
      let id: string;
      if (node.number !== undefined) {
        const short = `${node.type}-${node.number}`;
        id = shortCounts.get(short) === 1 || !parentId ? short : `${parentId}.${short}`;
      } else {
        const n = (seen.get(node.type) ?? 0) + 1;
        seen.set(node.type, n);
        id = parentId ? `${parentId}.${node.type}-${n}` : `${node.type}-${n}`;
      }
      // Duplicated numbering (reported as a diagnostic) still gets a unique anchor.
      let unique = id;
      for (let k = 2; used.has(unique); k++) unique = `${id}~${k}`;
      used.add(unique);
      node.id = unique;
      visit(node.children, unique);
    }
  };
  visit(children, undefined);
}
