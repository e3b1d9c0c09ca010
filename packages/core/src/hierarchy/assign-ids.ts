import type { Node, NodeType } from '../models/node.js';
import { NODE_TYPES } from '../models/vocabularies.js';

const TYPE_INDEX = new Map<NodeType, number>(NODE_TYPES.map((type, i) => [type, i]));
const TYPES = NODE_TYPES.length;

/**
 * One number for a type (its index) and a node number, as `${type}-${number}` is one string:
 * counting short ids by number spares building and hashing a string for every numbered node.
 */
const shortKey = (type: number, number: number): number => number * TYPES + type;

/**
 * Give every node a stable anchor id: `chapter-2`, `article-12`, `article-12.paragraph-2`,
 * `chapter-2.section-1` where section numbers restart per chapter. Ids depend only on the
 * numbering and order, so the same text always gets the same ids.
 *
 * Per-type state lives in small arrays indexed by the type's place in `NODE_TYPES`, not in a
 * map per sibling list: a tree of thousands of nodes would build and hash one for each.
 */
export function assignIds(children: Node[]): void {
  const shortCounts = new Map<number, number>();
  let numberedTypes = 0; // bit per type index
  let unnumberedTypes = 0;
  let siblingsDistinct = true;
  // Whether numbered siblings of each type have strictly increasing numbers: the last number of
  // each type in the sibling list being read. A list is read whole before its children's lists,
  // so one array, reset per list, serves them all.
  const lastNumber = new Float64Array(TYPES);
  const countShort = (nodes: readonly Node[]) => {
    if (nodes.length === 0) return;
    lastNumber.fill(-Infinity);
    for (const node of nodes) {
      const type = TYPE_INDEX.get(node.type)!;
      const number = node.number;
      if (number !== undefined) {
        if (number <= lastNumber[type]!) siblingsDistinct = false;
        lastNumber[type] = number;
        const key = shortKey(type, number);
        shortCounts.set(key, (shortCounts.get(key) ?? 0) + 1);
        numberedTypes |= 1 << type;
      } else unnumberedTypes |= 1 << type;
    }
    for (const node of nodes) countShort(node.children);
  };
  countShort(children);
  // Ids can only repeat when siblings repeat a number, or a type is both numbered and not (a
  // `chapter-2` without number beside a `chapter-2`): an id is its parent's id and a dot-free
  // step, or one of the dot-free ids that are unique by construction. Without either, every id
  // is new, and hashing each into a set of used ids (an eighth of the tree's time) is skipped.
  const mayRepeat = !siblingsDistinct || (numberedTypes & unnumberedTypes) !== 0;
  const used = mayRepeat ? new Set<string>() : undefined;
  // Unnumbered nodes of each type seen so far in the sibling list being visited at each depth: a
  // list is visited whole (its children's lists, one level deeper, in between) before the next
  // list at its depth starts, so one array per depth serves every list there.
  const seenAtDepth: Int32Array[] = [];
  const visit = (nodes: Node[], parentId: string | undefined, depth: number) => {
    if (nodes.length === 0) return;
    const seen = (seenAtDepth[depth] ??= new Int32Array(TYPES)).fill(0);
    for (const node of nodes) {
      let id: string;
      if (node.number !== undefined) {
        const short = `${node.type}-${node.number}`;
        id = shortCounts.get(shortKey(TYPE_INDEX.get(node.type)!, node.number)) === 1 || !parentId ? short : `${parentId}.${short}`;
      } else {
        const n = ++seen[TYPE_INDEX.get(node.type)!]!;
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
      visit(node.children, id, depth + 1);
    }
  };
  visit(children, undefined, 0);
}
