import type { ParseResult } from '@zhengce/core';

/** What the elements may use from `@zhengce/core` at run time (loaded only on demand). */
export type ParseDocumentFn = (text: string) => ParseResult;

/**
 * Loads `parseDocument` from `@zhengce/core` with a dynamic import, only when plain text must
 * be parsed in the browser. Resolves to undefined when core (or the function) is unavailable,
 * e.g. in the one-file bundle, which leaves core out; never throws.
 */
export async function loadParseDocument(): Promise<ParseDocumentFn | undefined> {
  try {
    const mod: Record<string, unknown> = await import('@zhengce/core');
    const fn = mod.parseDocument;
    return typeof fn === 'function' ? (fn as ParseDocumentFn) : undefined;
  } catch {
    return undefined;
  }
}
