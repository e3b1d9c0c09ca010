import { describe, expect, it } from 'vitest';
import { NodeSchema, parseAll } from '../../src/index.js';
import { allNodes, SEEDS, seed } from '../helpers.js';

/** The node schema's fields, in its order: every node the parser makes has these, in this order. */
const FIELDS = Object.keys(NodeSchema.shape);

describe('tree nodes share one shape', () => {
  // One hidden class for every node keeps the walks over a tree off V8's megamorphic cache
  // (see newNode); a node built as a literal elsewhere would have other fields or another order.
  it.each(Object.keys(SEEDS) as Array<keyof typeof SEEDS>)('%s: every node has every field, in the schema order', (name) => {
    const { result } = parseAll(seed(name));
    const documents = result.kind === 'gazette' ? result.documents : [result];
    const nodes = documents.flatMap((d) => allNodes(d.children));
    expect(nodes.length).toBeGreaterThan(3);
    const shapes = new Set(nodes.map((n) => Object.keys(n).join(',')));
    expect([...shapes]).toEqual([FIELDS.join(',')]);
  });
});
