/**
 * Catastrophic backtracking: every exported text entry point gets a 200,000-character single
 * line of each pathological unit. Linear code finishes in well under a second per entry point;
 * a quadratic regex needs minutes. vitest's per-test timeout is the only bound (no timing
 * assertions): a sync test that overruns it fails.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, PATHOLOGICAL_UNITS, pathologicalLine } from './pathological.js';

const CHARS = 200_000;

describe('pathological single lines complete on every entry point', () => {
  it.each(PATHOLOGICAL_UNITS)('%s ×200,000 characters', (_, unit) => {
    const line = pathologicalLine(unit, CHARS);
    expect(line.length).toBeGreaterThanOrEqual(CHARS);
    for (const [name, run] of ENTRY_POINTS) {
      expect(() => run(line), name).not.toThrow();
    }
  }, 30_000);
});
