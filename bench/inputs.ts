import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** One benchmark input: a decoded text and its size as UTF-8 bytes (what a file on disk weighs). */
export interface BenchInput {
  name: string;
  text: string;
  bytes: number;
  /** The file in `SEEDS_DIR` it was read from (seeds only). */
  file?: string;
}

function input(name: string, text: string, file?: string): BenchInput {
  // Reading every character flattens a joined string (a rope) once, so no task pays for it.
  let check = 0;
  for (let i = 0; i < text.length; i += 4096) check ^= text.charCodeAt(i);
  void check;
  return { name, text, bytes: Buffer.byteLength(text, 'utf8'), ...(file ? { file } : {}) };
}

/** The five seed documents, decoded, in file order. */
export function seedInputs(): BenchInput[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => input(f.replace(/_.*/, ''), new TextDecoder().decode(readFileSync(SEEDS_DIR + f)), f));
}

/** All seeds joined by a blank line. */
export function allSeeds(seeds: readonly BenchInput[] = seedInputs()): BenchInput {
  return input('all seeds', seeds.map((s) => s.text).join('\n\n'));
}

/** The ~11 MB corpus: all seeds ×`times`, built in memory (never written to disk). */
export function corpus(times = 10, seeds: readonly BenchInput[] = seedInputs()): BenchInput {
  const one = seeds.map((s) => s.text).join('\n\n');
  return input(`corpus (all seeds ×${times})`, Array.from({ length: times }, () => one).join('\n\n'));
}
