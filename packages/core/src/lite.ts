/**
 * `@zhengce/core/lite`: everything `@zhengce/core` exports but the zod schemas (`…Schema`) and
 * the JSON Schema export (`toJsonSchema`, `toJsonSchemas`, `PUBLIC_MODELS`). The same parsers,
 * calculators and renderers, and every type, loaded without zod: a one-shot command line or a
 * browser bundle that never validates saves zod's load (~55 ms of a cold start in Node) and
 * its size.
 *
 * @example
 * import { documentsOf, parseAll } from '@zhengce/core/lite';
 * documentsOf(parseAll('第一条　为了规范管理，制定本条例。').result)[0]?.children[0]?.type; // 'article'
 *
 * @packageDocumentation
 */
// The models' types, named one by one: `export type *` would also export the schemas, as types
// that the declaration build turns into plain exports (`import { NodeSchema }` would compile
// and fail at run time). A test checks this list against the models.
export type {
  Announcement, Bounds, Dates, Diagnostic, DiagnosticCode, DocNumber, DocumentKind, Gazette,
  GazetteMeta, GlossaryEntry, HistoryEntry, Indicator, IndicatorColumn, IndicatorTable,
  IndicatorValue, IsoDate, Meta, Node, NodeType, Panel, PanelGroup, PanelKind, ParseResult, Point,
  PolicyDocument, Position, Project, Qualifier, Quantity, Restoration, Severity, SourceProfile,
  Target, Unit,
} from './models/index.js';
export * from './models/vocabularies.js';
export * from './shared-exports.js';
