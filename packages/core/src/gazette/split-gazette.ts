import type { Gazette } from '../models/document.js';
import type { Analysis } from '../parse/analyze.js';

export interface SplitOptions {
  /** Split even when the text does not announce itself as a gazette. */
  force?: boolean;
}

/** Placeholder until gazette splitting lands: no gazette detected. */
export function splitGazette(_analysis: Analysis, _options: SplitOptions = {}): Gazette | undefined {
  return undefined;
}
