import type { Node, NodeType } from '../models/node.js';
import type { Position } from '../models/position.js';

/**
 * A node with every field of `Node` present, in the schema's order (undefined where absent), for
 * the builder to fill in. All nodes then share one hidden class, so the many walks over a tree
 * (ids, numbering checks, targets, rendering) read their fields through monomorphic property
 * loads instead of V8's global megamorphic cache, which any other code in the process competes
 * for. Serialized, an undefined field is left out, as an absent one is.
 */
export function newNode(type: NodeType, position: Position): Node {
  return { type, number: undefined, label: undefined, title: undefined, text: undefined, rows: undefined, id: undefined, position, children: [] };
}
