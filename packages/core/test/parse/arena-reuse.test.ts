import { describe, expect, it } from 'vitest';
import { cleanLine, releaseArena, reusedArena } from '../../src/normalize/clean-line.js';
import { parseAll, parseDocument, parseGazette, parsePlan } from '../../src/index.js';
import { SEEDS, seed } from './../helpers.js';

/** Every value reachable from `root` (objects and arrays, own enumerable or not). */
function* reachable(root: unknown, seen = new Set<unknown>()): Generator<unknown> {
  if (root === null || typeof root !== 'object' || seen.has(root)) return;
  seen.add(root);
  yield root;
  if (ArrayBuffer.isView(root)) return;
  for (const key of Reflect.ownKeys(root)) yield* reachable((root as Record<PropertyKey, unknown>)[key], seen);
}

describe('the cleaning arena, reused from parse to parse', () => {
  it('is never reachable from a result: no typed array or buffer in what parseAll returns', () => {
    for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
      const views = [...reachable(parseAll(seed(name)))].filter((v) => ArrayBuffer.isView(v) || v instanceof ArrayBuffer);
      expect(views, name).toEqual([]);
    }
  });

  it('leaves an earlier result as it was when later texts are parsed into the same memory', () => {
    const plan = seed('plan15');
    const first = parseAll(plan);
    const before = JSON.stringify(first);
    // Smaller and larger texts, through every parse function that cleans lines.
    parseDocument(seed('decision'));
    parsePlan(seed('plan14'));
    parseGazette(seed('gazette'));
    parseAll(seed('regulation'));
    expect(JSON.stringify(first)).toBe(before);
    expect(JSON.stringify(parseAll(plan))).toBe(before);
  });

  it('gives a buffer back to one arena at a time, and only one large enough', () => {
    reusedArena(''); // takes whatever buffer earlier parses gave back, and keeps it
    const a = reusedArena('第一条 总则');
    releaseArena(a);
    const b = reusedArena('第二条'); // fits: takes a's buffer
    expect(b.offsets.buffer).toBe(a.offsets.buffer);
    const c = reusedArena('第三条'); // b still holds it: a buffer of its own
    expect(c.offsets.buffer).not.toBe(b.offsets.buffer);
    releaseArena(b);
    const d = reusedArena('第四条 '.repeat(100)); // larger than the spare: a new buffer
    expect(d.offsets.buffer).not.toBe(b.offsets.buffer);
    expect(d.units.length).toBe(400);
    expect(String.fromCharCode(...d.units.subarray(0, 4))).toBe('第四条 ');
  });

  it('keeps the larger of two buffers given back, never one over 8 MiB, and ignores a second release', () => {
    reusedArena('');
    const small = reusedArena('条');
    const large = reusedArena('条'.repeat(1000));
    releaseArena(large);
    releaseArena(small); // smaller than the one kept: not kept
    expect(reusedArena('条'.repeat(500)).offsets.buffer).toBe(large.offsets.buffer);
    const huge = reusedArena('条'.repeat(1_100_000)); // 8.8 MB: over the limit
    releaseArena(huge);
    expect(reusedArena('条').offsets.buffer).not.toBe(huge.offsets.buffer);
    // Given back twice: the second call must not make it the spare again while another owns it.
    const once = reusedArena('条条');
    releaseArena(once);
    const owner = reusedArena('条');
    expect(owner.offsets.buffer).toBe(once.offsets.buffer);
    releaseArena(once);
    expect(reusedArena('条').offsets.buffer).not.toBe(owner.offsets.buffer);
  });

  it('never lends the reused buffer to a single cleaned line, whose offsets would keep it', () => {
    reusedArena('');
    const parsed = reusedArena('条'.repeat(100));
    releaseArena(parsed);
    const line = cleanLine('前言\n第一条 总则', 3, 9);
    expect(line.text).toBe('第一条 总则');
    expect([...line.offsets]).toEqual([3, 4, 5, 6, 7, 8]);
    expect(line.offsets.buffer).not.toBe(parsed.offsets.buffer);
  });
});
