import type { Diagnostic } from '../models/diagnostic.js';
import type { DocumentKind, PolicyDocument, SourceProfile } from '../models/document.js';
import type { Node } from '../models/node.js';
import type { SourceText } from '../source/source-text.js';
import type { Block } from '../segment/blocks.js';
import type { WebMeta } from '../profile/web-meta.js';
import { buildTree } from '../hierarchy/build-tree.js';
import { splitRunInArticles } from '../hierarchy/split-run-in.js';
import { checkNumbering } from '../hierarchy/check-numbering.js';
import { checkPlacement } from '../hierarchy/check-placement.js';
import { assignIds } from '../hierarchy/assign-ids.js';
import { extractMeta } from '../meta/extract-meta.js';
import { kindFromStructure, kindFromTitle } from '../meta/classify-kind.js';
import { truncationDiagnostic } from './check-ending.js';
import { newNode } from '../hierarchy/new-node.js';

export interface BuildContext {
  source: SourceText;
  profile: SourceProfile;
  frontMatter?: Record<string, unknown> | undefined;
  web?: WebMeta | undefined;
  /** Force the kind instead of detecting it. */
  kind?: DocumentKind | undefined;
  /** The title, when the caller found it (a gazette's title lines). */
  title?: { text: string; blocks: readonly Block[] } | undefined;
}

/** Title lines become `heading` nodes: they are the document's name, not body text. */
function markTitle(children: Node[], titleBlocks: ReadonlySet<Block>): void {
  const starts = new Set([...titleBlocks].map((b) => b.offsets[0]));
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'text' && starts.has(node.position.start.offset)) {
      // A new node rather than `delete node.text`: a deleted property turns the object into a
      // slow dictionary for every stage that reads the tree after this one. Text nodes hold
      // nothing else (see buildTree's textNode).
      const heading = newNode('heading', node.position);
      heading.title = (node.title ?? '') + (node.text ?? '');
      heading.children = node.children;
      children[i] = heading;
    }
  }
}

function hasArticles(nodes: readonly Node[]): boolean {
  return nodes.some((n) => n.type === 'article' || hasArticles(n.children));
}

/** Build one document from its blocks: tree, metadata, kind, numbering checks and anchors. */
export function buildDocument(blocks: readonly Block[], context: BuildContext, inherited: Diagnostic[] = []): PolicyDocument {
  const { source } = context;
  const tree = buildTree(splitRunInArticles(blocks), source);
  const { meta, titleKind, titleBlocks, published, diagnostics: metaDiagnostics } = extractMeta(blocks, context.frontMatter, context.web, context.title);
  markTitle(tree.children, titleBlocks);
  let kind = context.kind ?? titleKind ?? kindFromStructure(tree.children);
  // An announcement followed by the articles it publishes is that regulation: name it so.
  if (published && (!meta.title || /公告$/.test(meta.title)) && tree.children.some((n) => n.type === 'article' || n.type === 'chapter')) {
    meta.title = published;
    if (!context.kind || context.kind === 'announcement') kind = kindFromTitle(published) ?? kindFromStructure(tree.children);
  }
  const diagnostics = [...inherited, ...tree.diagnostics, ...checkNumbering(tree.children), ...checkPlacement(tree.children), ...metaDiagnostics];
  // Regulations are made of articles: a 办法 without any (a meeting's rules of procedure) is not one.
  if (kind === 'regulation' && !hasArticles(tree.children)) {
    kind = 'other';
    diagnostics.push({
      code: 'kind-uncertain',
      severity: 'info',
      message: 'The title names a regulation but the text has no articles (第…条); kind set to other.',
    });
  }
  if (!meta.title) {
    diagnostics.push({ code: 'meta-missing', severity: 'warning', message: 'No title was found.', data: { field: 'title' } });
  }
  const truncated = truncationDiagnostic(tree.children);
  if (truncated) diagnostics.push(truncated);
  assignIds(tree.children);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const position = first && last
    ? source.position(first.offsets[0] ?? first.start, last.end)
    : source.position(0, source.length);
  diagnostics.sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1));
  return { kind, profile: context.profile, meta, children: tree.children, diagnostics, position };
}
