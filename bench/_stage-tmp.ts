import { readFileSync } from 'node:fs';
import { splitLines } from '../packages/core/src/segment/lines.ts';
import { cleanLine } from '../packages/core/src/normalize/clean-line.ts';
import { analyze } from '../packages/core/src/parse/analyze.ts';
import { extractIndicatorTables } from '../packages/core/src/index.ts';
const text = readFileSync('fixtures/seeds/003_3191d9a98261c202.txt', 'utf8');
for (const n of [1, 4, 1, 4]) {
  const big = Array(n).fill(text).join('\n');
  let t = performance.now(); const lines = splitLines(big); const a = performance.now() - t;
  t = performance.now(); let s = 0, st = 0; for (let i = 0; i < big.length; i = s + 1) { s = big.indexOf('\n', i); if (s < 0) s = big.length; cleanLine(big, i, s); } const b = performance.now() - t;
  t = performance.now(); analyze(big); const c = performance.now() - t;
  console.log(n, lines.length, a.toFixed(0), b.toFixed(0), c.toFixed(0));
}
