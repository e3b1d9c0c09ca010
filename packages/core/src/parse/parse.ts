import type { DocumentKind, Gazette, ParseResult, PolicyDocument } from '../models/document.js';
import type { DecodeOptions, Input } from '../decode/decode.js';
import { ZhengceError } from '../errors/zhengce-error.js';
import { analyze, finishAnalysis, type Analysis } from './analyze.js';
import { buildDocument } from './build-document.js';
import { splitGazette } from '../gazette/split-gazette.js';

/** Options of every parse function. */
export interface ParseOptions extends DecodeOptions {
  /**
   * `auto` (default) returns a gazette when the text bundles several documents; `never` always
   * returns one document.
   */
  gazette?: 'auto' | 'never';
}

/** The result of a `safe…` parse: never throws. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: ZhengceError };

function safely<T>(run: () => T): SafeParseResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof ZhengceError) return { success: false, error };
    throw error;
  }
}

function parseAs(input: Input, kind: DocumentKind | undefined, options: ParseOptions): PolicyDocument {
  return finishAnalysis(analyze(input, options), (analysis) =>
    buildDocument(
      analysis.blocks,
      { source: analysis.source, profile: analysis.profile, frontMatter: analysis.frontMatter, web: analysis.web, kind },
      analysis.diagnostics,
    ),
  );
}

/**
 * Parse any policy document: detects the source profile (markdown, web page, PDF text), the
 * kind (decision, plan, regulation, …) and whether the text is a gazette bundling many documents.
 *
 * @param input - text, or bytes in UTF-8, UTF-16 or GB18030
 * @returns a `PolicyDocument`, or a `Gazette` whose `documents` are each a `PolicyDocument`
 * @throws {ZhengceError} `empty-input`, `binary-input`, `input-too-large`, `invalid-encoding`
 *
 * @example
 * const doc = parseDocument('第一条 为了规范管理，制定本办法。\n第二条 本办法自2024年5月1日起施行。');
 * doc.kind;                   // 'regulation'
 * doc.meta.dates.effective;   // '2024-05-01'
 */
export function parseDocument(input: Input, options: ParseOptions = {}): ParseResult {
  return finishAnalysis(analyze(input, options), (analysis) => resultOf(analysis, options));
}

/** The document or gazette of an analysed input (`parseDocument` after `analyze`). */
export function resultOf(analysis: Analysis, options: ParseOptions): ParseResult {
  if (options.gazette !== 'never') {
    const gazette = splitGazette(analysis);
    if (gazette) return gazette;
  }
  return buildDocument(
    analysis.blocks,
    { source: analysis.source, profile: analysis.profile, frontMatter: analysis.frontMatter, web: analysis.web },
    analysis.diagnostics,
  );
}

/**
 * Parse a decision (决定) or resolution: preamble, numbered points `一、`, items `（一）`.
 * @throws {ZhengceError} for unusable input
 * @example parseDecision(text).children.filter((n) => n.type === 'point').length; // 8
 */
export function parseDecision(input: Input, options: ParseOptions = {}): PolicyDocument {
  return parseAs(input, 'decision', options);
}

/**
 * Parse a plan outline (规划纲要): 编/章/节, 专栏 panels, run-in titles.
 * @throws {ZhengceError} for unusable input
 * @example parsePlan(text).children.filter((n) => n.type === 'chapter').length; // 14
 */
export function parsePlan(input: Input, options: ParseOptions = {}): PolicyDocument {
  return parseAs(input, 'plan', options);
}

/**
 * Parse a regulation (条例, 办法, 规定): 编/章/节/条, 款 inside articles, 项 and 目.
 * @throws {ZhengceError} for unusable input
 * @example parseRegulation(text).meta.dates.effective; // '2024-05-01'
 */
export function parseRegulation(input: Input, options: ParseOptions = {}): PolicyDocument {
  return parseAs(input, 'regulation', options);
}

/**
 * Parse a gazette (公报) issue into its bundled documents.
 * @throws {ZhengceError} `not-a-gazette` when no bundled documents are found, or for unusable input
 * @example parseGazette(bytes).documents.map((d) => d.meta.title);
 */
export function parseGazette(input: Input, options: ParseOptions = {}): Gazette {
  const gazette = finishAnalysis(analyze(input, options), (analysis) => splitGazette(analysis, { force: true }));
  if (!gazette) throw new ZhengceError('not-a-gazette');
  return gazette;
}

/** `parseDocument` that returns `{ success, data | error }` instead of throwing. */
export const safeParseDocument = (input: Input, options?: ParseOptions) => safely(() => parseDocument(input, options));
/** `parseDecision` that returns `{ success, data | error }` instead of throwing. */
export const safeParseDecision = (input: Input, options?: ParseOptions) => safely(() => parseDecision(input, options));
/** `parsePlan` that returns `{ success, data | error }` instead of throwing. */
export const safeParsePlan = (input: Input, options?: ParseOptions) => safely(() => parsePlan(input, options));
/** `parseRegulation` that returns `{ success, data | error }` instead of throwing. */
export const safeParseRegulation = (input: Input, options?: ParseOptions) => safely(() => parseRegulation(input, options));
/** `parseGazette` that returns `{ success, data | error }` instead of throwing. */
export const safeParseGazette = (input: Input, options?: ParseOptions) => safely(() => parseGazette(input, options));

/**
 * The documents of a parse result: a gazette's bundled documents, or the one document.
 * @example documentsOf(parseDocument(bytes)).map((d) => d.meta.title);
 */
export function documentsOf(result: ParseResult): PolicyDocument[] {
  return result.kind === 'gazette' ? result.documents : [result];
}

/** Whether a parse result is a gazette. */
export function isGazette(result: ParseResult): result is Gazette {
  return result.kind === 'gazette';
}
