import type { ParseResult, ParsedText } from '@zhengce/core';

/** What the elements may use from `@zhengce/core` at run time (loaded only on demand). */
export interface CoreFunctions {
  parseDocument: (text: string) => ParseResult;
  /** Tree, tables, panels and targets of a text. */
  parseAll: (text: string) => ParsedText;
}

/** A way to load core's module; rejects where the specifier does not resolve. */
export type CoreEntry = () => Promise<Record<string, unknown>>;

/**
 * Where core is looked for, in order: the lite entry first (the same parsers without zod, so a
 * bundled app never loads zod), then the full entry, which is all an import map in front of the
 * one-file bundle may name. In a bundled app the lite entry is in the page's code already (the
 * progress calculators import it), parser included: importing its whole module here keeps every
 * export, so the import is not a split point there; it is in the one-file bundle, which leaves
 * core out.
 */
export const CORE_ENTRIES: readonly CoreEntry[] = [() => import('@zhengce/core/lite'), () => import('@zhengce/core')];

/**
 * Loads one function of `@zhengce/core` with a dynamic import, only when plain text must be
 * parsed in the browser: from the first of `entries` that loads and has it. Resolves to
 * undefined when none does (e.g. the one-file bundle, which leaves core out, without an import
 * map); never throws.
 *
 * @example
 * const parseAll = await loadCoreFunction('parseAll');
 * if (parseAll) parseAll('第一条　为了规范管理，制定本条例。');
 */
export async function loadCoreFunction<K extends keyof CoreFunctions>(
  name: K,
  entries: readonly CoreEntry[] = CORE_ENTRIES,
): Promise<CoreFunctions[K] | undefined> {
  for (const load of entries) {
    try {
      const fn = (await load())[name];
      if (typeof fn === 'function') return fn as CoreFunctions[K];
    } catch {
      // Not resolvable here (no import map entry, no such file): try the next.
    }
  }
  return undefined;
}
