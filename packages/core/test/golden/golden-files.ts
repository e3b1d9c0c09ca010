import { parseDocument, formatOutline } from '../../src/index.js';
import { SEEDS, seed } from '../helpers.js';

/** Golden files of the parse: a readable outline per seed, full JSON for the small ones. */
export function goldenFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
    const result = parseDocument(seed(name));
    files[`${name}.outline.txt`] = formatOutline(result) + '\n';
    if (name === 'decision' || name === 'regulation') files[`${name}.json`] = JSON.stringify(result, null, 1) + '\n';
  }
  return files;
}
