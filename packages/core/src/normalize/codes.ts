/**
 * Build a string from UTF-16 code units, in chunks: `String.fromCharCode(...codes)` on a 5 MB
 * line would overflow the call stack.
 *
 * @example
 * stringFromCodes(new Uint16Array([0x7b2c, 0x4e00, 0x6761])); // '第一条'
 */
export function stringFromCodes(codes: Uint16Array, from = 0, to = codes.length): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = from; i < to; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
