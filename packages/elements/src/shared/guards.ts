import type { Indicator, IndicatorTable, LocalizedError, Panel, ParseResult, PolicyDocument, Target } from '@zhengce/core';

// Light shape checks for data arriving as JSON (src, inline script). They check what the
// components read, not the full zod schemas, so the elements need no runtime from core.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isArrayOf = <T>(v: unknown, f: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(f);

export function isIndicator(v: unknown): v is Indicator {
  return (
    isObject(v) &&
    typeof v.name === 'string' &&
    Array.isArray(v.values) &&
    v.values.every((x) => isObject(x) && typeof x.raw === 'string' && typeof x.role === 'string') &&
    (v.parts === undefined || isArrayOf(v.parts, isIndicator))
  );
}

export function isIndicatorTable(v: unknown): v is IndicatorTable {
  return isObject(v) && typeof v.title === 'string' && Array.isArray(v.columns) && isArrayOf(v.indicators, isIndicator);
}

export function isPanel(v: unknown): v is Panel {
  return (
    isObject(v) &&
    typeof v.title === 'string' &&
    Array.isArray(v.groups) &&
    v.groups.every((g) => isObject(g) && isArrayOf(g.items, (p): p is never => isObject(p) && typeof p.name === 'string'))
  );
}

function isNode(v: unknown): boolean {
  return isObject(v) && typeof v.type === 'string' && (v.children === undefined || (Array.isArray(v.children) && v.children.every(isNode)));
}

export function isPolicyDocument(v: unknown): v is PolicyDocument {
  return isObject(v) && isObject(v.meta) && Array.isArray(v.children) && v.children.every(isNode) && v.kind !== 'gazette';
}

export function isParseResult(v: unknown): v is ParseResult {
  if (isObject(v) && v.kind === 'gazette') return isObject(v.meta) && isArrayOf(v.documents, isPolicyDocument);
  return isPolicyDocument(v);
}

export function isTarget(v: unknown): v is Target {
  return isObject(v) && typeof v.indicator === 'string' && typeof v.kind === 'string' && isObject(v.quantity) && typeof v.quantity.raw === 'string';
}

export function isTargetList(v: unknown): v is Target[] {
  return isArrayOf(v, isTarget);
}

/** An error Zhengce threw, with its zh-CN message beside the English one (`LocalizedError`). */
export function isLocalizedError(v: unknown): v is Error & LocalizedError {
  return v instanceof Error && 'messageZh' in v && typeof v.messageZh === 'string';
}
