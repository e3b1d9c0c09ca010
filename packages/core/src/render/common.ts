import type { PolicyDocument } from '../models/document.js';
import type { Node, NodeType } from '../models/node.js';

/** Containers rendered as headings (with a section of their own) by the HTML and Markdown renderers. */
export const HEADING_TYPES: ReadonlySet<NodeType> = new Set<NodeType>(['part', 'chapter', 'section', 'panel', 'heading']);

/** Nodes listed in a navigation outline. */
export const NAV_TYPES: ReadonlySet<NodeType> = new Set<NodeType>(['part', 'chapter', 'section', 'article', 'panel', 'point', 'heading']);

/** Key facts of a document, for a line under its title: issuer, 文号, dates. */
export function metaFacts(doc: PolicyDocument): string[] {
  const { meta } = doc;
  return [
    meta.issuer,
    meta.docNumber?.raw,
    meta.dates.adopted && `通过 ${meta.dates.adopted}`,
    meta.dates.signed && `签发 ${meta.dates.signed}`,
    meta.dates.published && `发布 ${meta.dates.published}`,
    meta.dates.effective && `施行 ${meta.dates.effective}`,
  ].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
}

/** The label and title of a node, as one heading text: `第一章 总则`. */
export function headingText(node: Node): string {
  return [node.label, node.title].filter(Boolean).join(' ');
}

/** Whether a node goes into a navigation outline. */
export function inNav(node: Node): boolean {
  return NAV_TYPES.has(node.type) && (node.label !== undefined || node.title !== undefined);
}
