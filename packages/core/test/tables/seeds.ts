import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SEEDS = join(ROOT, 'fixtures/seeds');
export const GOLDEN = join(ROOT, 'fixtures/golden');

export const SEED_001 = '001_f61c2087ba53f0d6.txt';
export const SEED_002 = '002_28f39d7899324ef3.txt';
export const SEED_003 = '003_3191d9a98261c202.txt';

export function seed(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** Golden file name for the n-th table or panel of a seed. */
export function goldenName(seedName: string, kind: 'tables' | 'panels'): string {
  return join(GOLDEN, kind, `${seedName.replace(/\.txt$/, '')}.json`);
}
