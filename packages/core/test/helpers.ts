import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Node, ParseResult, PolicyDocument } from '../src/index.js';

export const SEEDS = {
  decision: '000_81ce9003210f2841.txt',
  plan15: '001_f61c2087ba53f0d6.txt',
  plan14: '002_28f39d7899324ef3.txt',
  gazette: '003_3191d9a98261c202.txt',
  regulation: '004_a2b1769d98c9ece2.txt',
} as const;

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** Bytes of a seed fixture, as a user would read the file. */
export function seed(name: keyof typeof SEEDS): Uint8Array {
  return readFileSync(`${FIXTURES}seeds/${SEEDS[name]}`);
}

/** Every node of a tree, depth first, in document order. */
export function allNodes(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

export function ofType(nodes: readonly Node[], type: Node['type']): Node[] {
  return allNodes(nodes).filter((n) => n.type === type);
}

export function asDocument(result: ParseResult): PolicyDocument {
  if (result.kind === 'gazette') throw new Error('expected a single document');
  return result;
}
