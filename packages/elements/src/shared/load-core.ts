import type { ParseResult, ParsedText } from '@zhengce/core';

/** What the elements may use from `@zhengce/core` at run time (loaded only on demand). */
export interface CoreFunctions {
  parseDocument: (text: string) => ParseResult;
  /** Tree, tables, panels and targets of a text. */
  parseAll: (text: string) => ParsedText;
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
