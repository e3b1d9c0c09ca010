import type { IndicatorTable } from '../models/indicator.js';
import type { ParseResult } from '../models/document.js';
import type { Panel } from '../models/panel.js';
import type { Input } from '../decode/decode.js';
import { extractIndicatorTables, type ExtractIndicatorTablesOptions } from '../tables/extract.js';
import { extractPanels } from '../panels/extract.js';
import { documentTargets } from '../targets/document-targets.js';
import type { DocumentTarget } from '../targets/extract-targets.js';
import { restoreTargetDecimals, showsLostDecimalPoints } from '../targets/restore-decimals.js';
import type { SourceText } from '../source/source-text.js';
import { analyze, finishAnalysis } from './analyze.js';
import { documentsOf, resultOf, type ParseOptions } from './parse.js';

/** Options of {@link parseAll}. */
export interface ParseAllOptions extends ParseOptions {
  /**
   * Year that targets stated without one refer to. Default: each document's own plan period end,
   * read from its title by `planEndYear` (a gazette bundles plans of different periods).
   */
  planEndYear?: number;
  /**
   * Decimal points lost in PDF extraction, restored in indicator tables (see
   * `extractIndicatorTables`) and in targets (`restoreTargetDecimals`): `auto` (default) when the
   * text shows the lost-decimal pattern, `always`, or `never`.
   */
  decimals?: ExtractIndicatorTablesOptions['decimals'];
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
  const { result, source, found } = treeAndTargets(input, options);
  const tables = extractIndicatorTables(source, options.decimals ? { decimals: options.decimals } : {});
  const panels = extractPanels(source, { tables });
  const decimals = options.decimals ?? 'auto';
  const restore = decimals === 'always' || (decimals === 'auto' && showsLostDecimalPoints(source.folded));
  const targets = restore ? found.map(restoreTargetDecimals) : found;
  return { result, tables, panels, targets };
}

/**
 * The stages that read the lines and blocks: run first, in a function of their own, so that the
 * lines and blocks of the whole text are garbage before tables and panels run, not held by
 * `parseAll`'s frame and carried through every collection meanwhile: on the 11 MB corpus 430 →
 * 386 ms (medians of six alternating processes; 5 % by the median of the pairs' ratios), the
 * same on one copy of the seeds.
 */
function treeAndTargets(input: Input, options: ParseAllOptions): { result: ParseResult; source: SourceText; found: DocumentTarget[] } {
  return finishAnalysis(analyze(input, options), (analysis) => {
    const result = resultOf(analysis, options);
    const found = documentTargets(analysis.blocks, documentsOf(result), analysis.source, options.planEndYear);
    return { result, source: analysis.source, found };
  });
}
