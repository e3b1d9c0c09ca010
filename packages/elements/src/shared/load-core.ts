import type { ParseResult, ParsedText } from '@zhengce/core';

/** What the elements may use from `@zhengce/core` at run time (loaded only on demand). */
export type ParseDocumentFn = (text: string) => ParseResult;
/** `parseAll` of `@zhengce/core`: tree, tables, panels and targets of a text. */
export type ParseAllFn = (text: string) => ParsedText;

interface CoreFunctions {
  parseDocument: ParseDocumentFn;
  parseAll: ParseAllFn;
}

/**
 * Loads one function of `@zhengce/core` with a dynamic import, only when plain text must be
 * parsed in the browser. Resolves to undefined when core (or the function) is unavailable,
 * e.g. in the one-file bundle, which leaves core out; never throws.
 */
export async function loadCoreFunction<K extends keyof CoreFunctions>(name: K): Promise<CoreFunctions[K] | undefined> {
  try {
    const mod: Record<string, unknown> = await import('@zhengce/core');
    const fn = mod[name];
    return typeof fn === 'function' ? (fn as CoreFunctions[K]) : undefined;
  } catch {
    return undefined;
  }
}

/** `parseDocument` from `@zhengce/core`, loaded on demand (see {@link loadCoreFunction}). */
export const loadParseDocument = (): Promise<ParseDocumentFn | undefined> => loadCoreFunction('parseDocument');
