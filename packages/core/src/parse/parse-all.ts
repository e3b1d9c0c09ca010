import type { IndicatorTable } from '../models/indicator.js';
import type { ParseResult, PolicyDocument } from '../models/document.js';
import type { Panel } from '../models/panel.js';
import type { Target } from '../models/target.js';
import type { Input } from '../decode/decode.js';
import { planEndYear } from '../meta/plan-period.js';
import { extractIndicatorTables, type ExtractIndicatorTablesOptions } from '../tables/extract.js';
import { extractPanels } from '../panels/extract.js';
import { extractTargetsFromMapped } from '../targets/extract-targets.js';
import { reviewSpans } from '../targets/review-sections.js';
import { restoreTargetDecimals, showsLostDecimalPoints } from '../targets/restore-decimals.js';
import type { SourceText } from '../source/source-text.js';
import type { Block } from '../segment/blocks.js';
import { analyze } from './analyze.js';
import { resultOf, type ParseOptions } from './parse.js';

/** Options of {@link parseAll}. */
export interface ParseAllOptions extends ParseOptions {
  /**
   * Year that targets stated without one refer to. Default: each document's own plan period end,
   * read from its title by {@link planEndYear} (a gazette bundles plans of different periods).
   */
  planEndYear?: number;
  /**
   * Decimal points lost in PDF extraction, restored in indicator tables (see
   * `extractIndicatorTables`) and in targets (`restoreTargetDecimals`): `auto` (default) when the
   * text shows the lost-decimal pattern, `always`, or `never`.
   */
  decimals?: ExtractIndicatorTablesOptions['decimals'];
}

/** A target in running text, with the title of the document it was found in (gazettes). */
export interface DocumentTarget extends Target {
  /** Title of the bundled document the target belongs to, when it has one. */
  document?: string;
}

/** Everything Zhengce reads from one text. */
export interface ParsedText {
  /** The document tree, or a gazette of documents (as `parseDocument` returns). */
  result: ParseResult;
  /** Indicator tables (主要指标), in text order (as `extractIndicatorTables` returns). */
  tables: IndicatorTable[];
  /** 专栏 panels, in text order (as `extractPanels` returns). */
  panels: Panel[];
  /** Numeric targets in running text, document by document, each year-resolved by its own plan. */
  targets: DocumentTarget[];
}

/** The documents of a result: the gazette's bundled documents, or the one document. */
const documentsOf = (result: ParseResult): PolicyDocument[] => (result.kind === 'gazette' ? result.documents : [result]);

/**
 * Targets paragraph by paragraph — the analysis's blocks, where PDF lines broken mid-word are
 * rejoined and page furniture is gone, so an indicator is never cut at a line end — each with
 * the plan period and title of the document it belongs to.
 */
function targetsByDocument(
  blocks: readonly Block[],
  documents: readonly PolicyDocument[],
  source: SourceText,
  fixedYear: number | undefined,
): DocumentTarget[] {
  const targets: DocumentTarget[] = [];
  const reviews = documents.flatMap((doc) => reviewSpans(doc.children));
  let d = 0;
  let r = 0;
  for (const block of blocks) {
    // Blocks, documents and review sections are all in text order: each is found walking forward.
    while (d < documents.length && documents[d]!.position.end.offset <= block.start) d++;
    while (r < reviews.length && reviews[r]!.end <= block.start) r++;
    const doc = documents[d] && documents[d]!.position.start.offset <= block.start ? documents[d] : undefined;
    const review = reviews[r] !== undefined && reviews[r]!.start <= block.start;
    // A result in a review belongs to the period before: the plan's end year is not its year.
    const year = review ? undefined : fixedYear ?? (doc ? planEndYear(doc.meta) : undefined);
    const title = doc?.meta.title;
    for (const found of extractTargetsFromMapped(block, source, year)) {
      const target: DocumentTarget = title === undefined ? found : { document: title, ...found };
      if (review) target.review = true;
      targets.push(target);
    }
  }
  return targets;
}

/**
 * Read everything from one text in one call: the document tree (or gazette), indicator tables,
 * 专栏 panels and targets in running text. The input is decoded, indexed and width-folded once
 * and every stage shares that work, so this is faster than calling the four functions apart;
 * it also accepts bytes (UTF-8, UTF-16, GB18030) for all of them. Positions point into the
 * decoded text.
 *
 * @param input - text, or bytes
 * @throws {ZhengceError} `empty-input`, `binary-input`, `input-too-large`, `invalid-encoding`
 *
 * @example
 * const { result, tables, panels, targets } = parseAll(readFileSync('fixtures/seeds/001_f61c2087ba53f0d6.txt'));
 * result.kind;                   // 'plan'
 * const gdp = targets.find((t) => t.indicator === '地区生产总值' && t.kind === 'annual-growth');
 * gdp?.year;                     // 2030: the 15th plan's end, for a target stated without a year
 * gdp?.document;                 // '山西省人民政府关于印发…第十五个五年规划纲要的通知'
 */
export function parseAll(input: Input, options: ParseAllOptions = {}): ParsedText {
  const analysis = analyze(input, options);
  const result = resultOf(analysis, options);
  const source = analysis.source;
  const tables = extractIndicatorTables(source, options.decimals ? { decimals: options.decimals } : {});
  const panels = extractPanels(source, { tables });
  const found = targetsByDocument(analysis.blocks, documentsOf(result), source, options.planEndYear);
  const decimals = options.decimals ?? 'auto';
  const restore = decimals === 'always' || (decimals === 'auto' && showsLostDecimalPoints(source.folded));
  const targets = restore ? found.map(restoreTargetDecimals) : found;
  return { result, tables, panels, targets };
}
