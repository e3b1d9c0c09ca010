import { NODE_TYPES, type Node, type NodeType } from '../models/node.js';

const TYPE_INDEX = new Map<NodeType, number>(NODE_TYPES.map((type, i) => [type, i]));

/**
 * One number for a type and a node number, as `${type}-${number}` is one string: counting
 * short ids by number spares building and hashing a string for every numbered node.
 */
function shortKey(type: NodeType, number: number): number {
  return number * NODE_TYPES.length + TYPE_INDEX.get(type)!;
}

/** Whether numbered siblings of each type have strictly increasing numbers, so no two share one. */
function distinctNumbers(nodes: readonly Node[]): boolean {
  let last: Map<NodeType, number> | undefined;
  for (const node of nodes) {
    if (node.number === undefined) continue;
    last ??= new Map();
    const before = last.get(node.type);
    if (before !== undefined && node.number <= before) return false;
    last.set(node.type, node.number);
  }
  return true;
}

/**
 * Give every node a stable anchor id: `chapter-2`, `article-12`, `article-12.paragraph-2`,
 * `chapter-2.section-1` where section numbers restart per chapter. Ids depend only on the
 * numbering and order, so the same text always gets the same ids.
 */
export function assignIds(children: Node[]): void {
  const shortCounts = new Map<number, number>();
  const numberedTypes = new Set<NodeType>();
  const unnumberedTypes = new Set<NodeType>();
  let siblingsDistinct = true;
  const countShort = (nodes: readonly Node[]) => {
    if (nodes.length === 0) return;
    if (siblingsDistinct && !distinctNumbers(nodes)) siblingsDistinct = false;
    for (const node of nodes) {
      if (node.number !== undefined) {
        const key = shortKey(node.type, node.number);
        shortCounts.set(key, (shortCounts.get(key) ?? 0) + 1);
        numberedTypes.add(node.type);
      } else unnumberedTypes.add(node.type);
      countShort(node.children);
    }
  };
  countShort(children);
  // Ids can only repeat when siblings repeat a number, or a type is both numbered and not (a
  // `chapter-2` without number beside a `chapter-2`): an id is its parent's id and a dot-free
  // step, or one of the dot-free ids that are unique by construction. Without either, every id
  // is new, and hashing each into a set of used ids (an eighth of the tree's time) is skipped.
  const mayRepeat = !siblingsDistinct || [...numberedTypes].some((type) => unnumberedTypes.has(type));
  const used = mayRepeat ? new Set<string>() : undefined;
  const visit = (nodes: Node[], parentId: string | undefined) => {
    if (nodes.length === 0) return; // most nodes are leaves: no map for them
    const seen = new Map<string, number>();
    for (const node of nodes) {
      let id: string;
      if (node.number !== undefined) {
        const short = `${node.type}-${node.number}`;
        id = shortCounts.get(shortKey(node.type, node.number)) === 1 || !parentId ? short : `${parentId}.${short}`;
      } else {
        const n = (seen.get(node.type) ?? 0) + 1;
        seen.set(node.type, n);
        id = parentId ? `${parentId}.${node.type}-${n}` : `${node.type}-${n}`;
      }
      if (used) {
        // Duplicated numbering (reported as a diagnostic) still gets a unique anchor.
        let unique = id;
        for (let k = 2; used.has(unique); k++) unique = `${id}~${k}`;
        used.add(unique);
        id = unique;
      }
      node.id = id;
      visit(node.children, id);
    }
  };
  visit(children, undefined);
}
