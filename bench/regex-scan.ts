/**
 * Scan for super-linear behaviour on pathological single lines: every exported text entry point
 * × every repeated unit, at two sizes; prints the slowest and those whose time grows faster
 * than the input. Not part of `pnpm bench`; run `tsx --conditions=source bench/regex-scan.ts [chars]`.
 */
import { ENTRY_POINTS, PATHOLOGICAL_UNITS, pathologicalLine } from '../packages/core/test/robustness/pathological.js';

const small = Number(process.argv[2] ?? 5000);
const big = small * 4;
const rows: Array<{ entry: string; unit: string; smallMs: number; bigMs: number; growth: number }> = [];
for (const [unitName, unit] of PATHOLOGICAL_UNITS) {
  for (const [entry, run] of ENTRY_POINTS) {
    const a = pathologicalLine(unit, small);
    const b = pathologicalLine(unit, big);
    run(a);
    let t = performance.now();
    run(a);
    const smallMs = performance.now() - t;
    t = performance.now();
    run(b);
    const bigMs = performance.now() - t;
    rows.push({ entry, unit: unitName, smallMs, bigMs, growth: bigMs / Math.max(smallMs, 0.05) });
  }
}
rows.sort((x, y) => y.bigMs - x.bigMs);
console.log(`chars ${small} → ${big} (×4): slowest 25`);
for (const r of rows.slice(0, 25)) {
  console.log(`${r.entry.padEnd(24)} ${JSON.stringify(r.unit).padEnd(12)} ${r.smallMs.toFixed(1).padStart(9)} ms → ${r.bigMs.toFixed(1).padStart(9)} ms  ×${r.growth.toFixed(1)}`);
}
