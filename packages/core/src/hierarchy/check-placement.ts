import type { Diagnostic } from '../models/diagnostic.js';
import type { Node } from '../models/node.js';

/**
 * `heading-unplaced` for a section (节) that stands outside every chapter (章) of a document
 * that has chapters: its chapter heading was lost (a page break, a broken line) or the section
 * label was misread. The section stays where it was found, at the top level, and is reported.
 *
 * @example
 * checkPlacement(parseDocument('第一节 甲\n第一章 乙\n第二节 丙').children)[0]?.code; // 'heading-unplaced'
 */
export function checkPlacement(children: readonly Node[]): Diagnostic[] {
  if (!children.some((n) => n.type === 'chapter' || (n.type === 'part' && n.children.some((c) => c.type === 'chapter')))) return [];
  const diagnostics: Diagnostic[] = [];
  const visit = (nodes: readonly Node[], inChapter: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'section' && !inChapter) {
        const label = node.label ?? `section ${node.number ?? ''}`;
        diagnostics.push({
          code: 'heading-unplaced',
          severity: 'warning',
          message: `${label}${node.title ? ` ${node.title}` : ''} is outside every chapter of a document that has chapters; kept at the top level.`,
          position: node.position,
          data: { type: node.type, ...(node.number !== undefined ? { number: node.number } : {}) },
        });
      }
      if (node.type === 'part') visit(node.children, false);
    }
  };
  visit(children, false);
  return diagnostics;
}
