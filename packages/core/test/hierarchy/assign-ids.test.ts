import { describe, expect, it } from 'vitest';
import type { Node, NodeType } from '../../src/models/node.js';
import { assignIds } from '../../src/hierarchy/assign-ids.js';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const node = (type: NodeType, number?: number, children: Node[] = []): Node =>
  number === undefined ? { type, position, children } : { type, number, position, children };
const ids = (nodes: readonly Node[]): string[] => nodes.flatMap((n) => [n.id!, ...ids(n.children)]);

describe('assignIds', () => {
  it('gives short ids to unique numbers and parent-qualified ids to repeated ones', () => {
    const tree = [
      node('point', 1, [node('item', 1), node('item', 2)]),
      node('point', 2, [node('item', 1), node('text')]),
    ];
    assignIds(tree);
    expect(ids(tree)).toEqual(['point-1', 'point-1.item-1', 'item-2', 'point-2', 'point-2.item-1', 'point-2.text-1']);
  });

  it('keeps ids unique when siblings repeat a number', () => {
    const tree = [node('article', 1), node('article', 1, [node('paragraph')]), node('article', 2)];
    assignIds(tree);
    expect(ids(tree)).toEqual(['article-1', 'article-1~2', 'article-1~2.paragraph-1', 'article-2']);
  });

  it('keeps ids unique when a type is both numbered and not', () => {
    const tree = [node('chapter'), node('chapter', 1), node('chapter', 2, [node('section', 1)])];
    assignIds(tree);
    expect(ids(tree)).toEqual(['chapter-1', 'chapter-1~2', 'chapter-2', 'section-1']);
  });
});
