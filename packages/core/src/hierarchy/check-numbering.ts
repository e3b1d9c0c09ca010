import type { Diagnostic } from '../models/diagnostic.js';
import type { Node, NodeType } from '../models/node.js';

const NUMBERED: ReadonlySet<NodeType> = new Set(['part', 'chapter', 'section', 'article', 'panel', 'point', 'item', 'subitem']);

/**
 * Report numbering gaps, duplicates and restarts. A sequence may run through the whole
 * document (articles, and sections in many plans) or restart under each parent (sections in
 * other plans, items): both are accepted.
 */
export function checkNumbering(children: readonly Node[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  /** Last number seen per type in the whole document, and per type under each parent. */
  const lastGlobal = new Map<NodeType, number>();
  const visit = (nodes: readonly Node[]) => {
    if (nodes.length === 0) return; // most nodes are leaves: no map for them
    const lastHere = new Map<NodeType, number>();
    for (const node of nodes) {
      if (node.number !== undefined && NUMBERED.has(node.type)) {
        const local = lastHere.get(node.type);
        const global = lastGlobal.get(node.type);
        const expectedLocal = (local ?? 0) + 1;
        const continuesGlobal = global !== undefined && node.number === global + 1;
        const ok = node.number === expectedLocal || continuesGlobal;
        if (!ok) {
          const label = node.label ?? String(node.number);
          if (local !== undefined && node.number === local) {
            diagnostics.push({
              code: 'numbering-duplicate',
              severity: 'warning',
              message: `${label} repeats the number before it.`,
              data: { type: node.type, number: node.number },
              position: node.position,
            });
          } else if (node.number > expectedLocal && (global === undefined || node.number > global + 1)) {
            const after = local ?? global ?? 0;
            diagnostics.push({
              code: 'numbering-gap',
              severity: 'warning',
              message: `${label} follows number ${after}: ${node.number - after - 1} missing.`,
              data: { type: node.type, number: node.number, after },
              position: node.position,
            });
          } else {
            diagnostics.push({
              code: 'numbering-restart',
              severity: 'warning',
              message: `${label} goes back in the numbering (after ${local ?? global}).`,
              data: { type: node.type, number: node.number },
              position: node.position,
            });
          }
        }
        lastHere.set(node.type, node.number);
        lastGlobal.set(node.type, node.number);
      }
      visit(node.children);
    }
  };
  visit(children);
  return diagnostics;
}
