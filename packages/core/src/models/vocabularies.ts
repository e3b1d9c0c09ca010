/**
 * The closed lists of values the models allow (node types, diagnostic codes, units' dimensions…),
 * apart from the zod schemas built on them: the parsers need these lists at run time, and this
 * module lets them (and `@zhengce/core/lite`) load without zod.
 */

/** How much a diagnostic matters to a reader of the result. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * Stable diagnostic codes. Tools may match on them; messages may change, codes do not.
 */
export const DIAGNOSTIC_CODES = [
  // decode
  'empty-input',
  'binary-input',
  'encoding-fallback',
  'encoding-replacement',
  'input-truncated',
  // normalize / segment
  'furniture-removed',
  'front-matter-invalid',
  // hierarchy
  'numbering-gap',
  'numbering-duplicate',
  'numbering-restart',
  'heading-unplaced',
  'content-unclassified',
  'toc-skipped',
  'heading-reversed',
  'label-corrected',
    'date-invalid',
  'meta-missing',
  'kind-uncertain',
  // tables, panels, targets
  'table-row-anomaly',
  'table-row-duplicate',
  'table-category-count',
  'table-unparsed-cell',
  'decimal-restored',
  'decimal-uncertain',
  'panel-unparsed',
  'target-unparsed',
  // appended by tables/panels
  'table-category-duplicate',
  'table-truncated',
  'table-numbering',
  'panel-end-uncertain',
] as const;

/** What a document is, from its title and shape (决定, 规划纲要, 条例…). */
export const DOCUMENT_KINDS = [
  'decision',
  'plan',
  'regulation',
  'resolution',
  'report',
  'announcement',
  'speech',
  'namelist',
  'agenda',
  'other',
] as const;

/** Where the text came from, as recognized from its shape. */
export const SOURCE_PROFILES = ['markdown', 'web', 'pdf', 'plain'] as const;

/** What an indicator's value column states: the base year's value, the target, an actual result, a growth rate. */
export const VALUE_ROLES = ['baseline', 'target', 'actual', 'growth', 'other'] as const;

/** An indicator's 属性: 预期性 (expected) or 约束性 (binding). */
export const ATTRIBUTES = ['expected', 'binding'] as const;

/** How a growth rate is stated: 年均 (annual average) or 累计 (cumulative over the period). */
export const GROWTH_KINDS = ['annual-average', 'cumulative'] as const;

/** Steps of a text's history line (通过, 批准, 修正, 修订, 公布, 施行). */
export const HISTORY_EVENTS = ['adopted', 'approved', 'amended', 'revised', 'promulgated', 'effective'] as const;

/**
 * Structural node types, outermost first.
 * part 编 · chapter 章 · section 节 · article 条 · paragraph 款 · item 项 （一） ·
 * subitem 目 1. · point 一、 · panel 专栏 · table · heading (unnumbered) · text.
 */
export const NODE_TYPES = [
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
  'point',
  'panel',
  'table',
  'heading',
  'text',
] as const;

/** What a 专栏 panel holds, by its content. */
export const PANEL_KINDS = ['indicators', 'projects', 'initiatives', 'glossary', 'other'] as const;

/**
 * Qualifiers on a stated value, as machine-readable meaning:
 * 左右 about · 以上/≥ at-least · >/超过 more-than · 以下/≤/以内/控制在 at-most · 低于/< less-than.
 */
export const QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'at-most', 'less-than'] as const;

/** How a lost decimal point was put back (see `Quantity.restoration`). */
export const RESTORATION_METHODS = [
  'as-written',
  'clean-copy',
  'leading-zero',
  'arithmetic',
  'range',
  'cross-reference',
  'digits-rule',
] as const;

/** What a target in running text states: a level, a share, a growth rate, a change, a reduction or a count. */
export const TARGET_KINDS = [
  'level',
  'share',
  'annual-growth',
  'cumulative-change',
  'reduction',
  'count',
] as const;

/** What a unit measures: the dimension conversions stay within. */
export const UNIT_DIMENSIONS = [
  'percent',
  'permille',
  'per-100k',
  'percentage-point',
  'currency',
  'energy',
  'power',
  'mass',
  'area',
  'volume',
  'length',
  'count',
  'people',
  'time',
  'ratio',
  'other',
] as const;
