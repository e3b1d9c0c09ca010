import { z } from 'zod';
import { PositionSchema } from './position.js';
import { NODE_TYPES } from './vocabularies.js';

export const NodeTypeSchema = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeTypeSchema>;

/**
 * One node of a document tree. Every piece of content of the input is in exactly one
 * node's `label`, `title`, `text` or `rows`, so the document can be reconstructed.
 * Nodes the parser makes carry every field, `undefined` where absent (one shape for all of
 * them): test a field with `node.title !== undefined`, not `'title' in node`.
 */
export const NodeSchema = z.object({
  type: NodeTypeSchema,
  /** The number as an integer: 第十二条 → 12, （三） → 3, 专栏１ → 1. */
  number: z.number().int().optional(),
  /** The numbering label exactly as written (normalized): `第十二条`, `（三）`, `专栏1`. */
  label: z.string().optional(),
  /** Heading text after the label, or a run-in title (first short sentence). */
  title: z.string().optional(),
  /** Body text of this node (not of its children). */
  text: z.string().optional(),
  /** Table cells, for `table` nodes. */
  rows: z.array(z.array(z.string())).optional(),
  /** Stable anchor id, unique within the document, e.g. `chapter-2.section-6`. */
  id: z.string().optional(),
  position: PositionSchema,
  get children() {
    return z.array(NodeSchema);
  },
});
export type Node = z.infer<typeof NodeSchema>;
