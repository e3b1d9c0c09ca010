import type { Node } from '@zhengce/core';

/** Node types that get a numbered anchor segment and may appear in the outline. */
const NUMBERED = new Set<Node['type']>(['part', 'chapter', 'section', 'article', 'point', 'item', 'subitem', 'panel']);

/** Node types listed in the outline navigation (编 章 节 条, and 一、 points of decisions). */
export const OUTLINE_TYPES: ReadonlySet<Node['type']> = new Set<Node['type']>(['part', 'chapter', 'section', 'article', 'point']);

/**
 * Assigns every node a stable anchor, unique in the tree: `node.id` when present, else a path
 * of `type-number` segments (`chapter-2.section-6`), using the 1-based position among siblings
 * of the same type when a node has no number. Duplicates get `-2`, `-3` … appended.
 */
export function assignAnchors(children: readonly Node[], prefix = ''): Map<Node, string> {
  const out = new Map<Node, string>();
  const used = new Set<string>();
  const walk = (nodes: readonly Node[], path: string): void => {
    const seen = new Map<string, number>();
    for (const n of nodes) {
      const count = (seen.get(n.type) ?? 0) + 1;
      seen.set(n.type, count);
      const num = NUMBERED.has(n.type) && n.number !== undefined ? n.number : count;
      const derived = `${path ? `${path}.` : prefix}${n.type}-${num}`;
      let anchor = n.id && n.id.trim() ? `${prefix}${n.id.trim()}` : derived;
      if (used.has(anchor)) {
        let i = 2;
        while (used.has(`${anchor}-${i}`)) i++;
        anchor = `${anchor}-${i}`;
      }
      used.add(anchor);
      out.set(n, anchor);
      walk(n.children ?? [], derived);
    }
  };
  walk(children, '');
  return out;
}
