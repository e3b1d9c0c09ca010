const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Node's `Buffer`, the little of it used here. */
interface NodeBuffer {
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
  toString(encoding: 'utf16le'): string;
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
interface NodeBufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): NodeBuffer;
  from(text: string, encoding: 'utf16le'): NodeBuffer;
  allocUnsafeSlow(size: number): NodeBuffer;
}

/**
 * Node's `Buffer`, when this runs in Node: it copies UTF-16LE bytes into a string as they are,
 * lone surrogates included, a third faster than `TextDecoder` (which converts through ICU). Not
 * a browser's `Buffer` polyfill, which builds the string character by character.
 */
const nodeBuffer: NodeBufferClass | undefined = (() => {
  const scope = globalThis as { Buffer?: NodeBufferClass; process?: { versions?: { node?: string } } };
  return littleEndian && scope.process?.versions?.node !== undefined ? scope.Buffer : undefined;
})();

/**
 * Elsewhere, a native UTF-16 decoder where the runtime has `TextDecoder` with UTF-16LE. `fatal`,
 * so a lone surrogate (which it would replace with U+FFFD) makes it throw and the exact path runs
 * instead; `ignoreBOM`, so a U+FEFF at the start is kept as a character.
 */
const utf16: TextDecoder | undefined = (() => {
  if (!littleEndian || typeof TextDecoder === 'undefined') return undefined;
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
  } catch {
    return undefined; // a runtime without UTF-16 decoding (small-icu builds)
  }
})();

/**
 * Memory for `bytes` bytes that the caller writes before it reads any: in Node, not zeroed first
 * (`Buffer.allocUnsafeSlow`, never Node's shared pool, so the memory is the caller's alone and
 * starts at offset 0). Zeroing a whole text's arena cost more than a tenth of cleaning a short
 * text. Elsewhere a zeroed `ArrayBuffer`.
 */
export function writeFirstBuffer(bytes: number): ArrayBufferLike {
  if (nodeBuffer) {
    const buffer = nodeBuffer.allocUnsafeSlow(bytes);
    if (buffer.byteOffset === 0) return buffer.buffer;
  }
  return new ArrayBuffer(bytes);
}

/** Below this many code units, the decoder's call costs more than building the string by hand. */
const NATIVE_FROM = 256;

/**
 * Build a string from UTF-16 code units: natively for long runs (a whole text's cleaned lines,
 * ~0.5 ms for a 0.65 MB gazette), else in chunks of `String.fromCharCode` —
 * `String.fromCharCode(...codes)` on a 5 MB line would overflow the call stack.
 *
 * @example
 * stringFromCodes(new Uint16Array([0x7b2c, 0x4e00, 0x6761])); // '第一条'
 */
export function stringFromCodes(codes: Uint16Array, from = 0, to = codes.length): string {
  if (nodeBuffer && to - from >= NATIVE_FROM) {
    return nodeBuffer.from(codes.buffer, codes.byteOffset + 2 * from, 2 * (to - from)).toString('utf16le');
  }
  if (utf16 && to - from >= NATIVE_FROM) {
    try {
      return utf16.decode(codes.subarray(from, to));
    } catch {
      // A lone surrogate: built exactly below.
    }
  }
  const CHUNK = 8192;
  let out = '';
  for (let i = from; i < to; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * Write the UTF-16 code units of `text` into `into` (at least `text.length` long): copied
 * natively in Node (`Buffer#write`, no allocation), else one by one.
 *
 * @example
 * const units = new Uint16Array(3);
 * writeCodeUnits('第1条', units); // units: [0x7b2c, 0x31, 0x6761]
 */
export function writeCodeUnits(text: string, into: Uint16Array): void {
  if (nodeBuffer) {
    nodeBuffer.from(into.buffer, into.byteOffset, into.byteLength).write(text, 0, 2 * text.length, 'utf16le');
    return;
  }
  for (let i = 0; i < text.length; i++) into[i] = text.charCodeAt(i);
}

/**
 * The UTF-16 code units of `text`, in an array the caller may write: copied natively in Node
 * (`Buffer`; a short text's copy is a view into Node's shared pool), else one by one. The
 * inverse of `stringFromCodes`.
 *
 * @example
 * codeUnitsOf('第1条'); // Uint16Array [0x7b2c, 0x31, 0x6761]
 */
export function codeUnitsOf(text: string): Uint16Array {
  if (nodeBuffer) {
    const bytes = nodeBuffer.from(text, 'utf16le');
    // Node aligns its pool to 8 bytes; the check only guards a runtime that would not.
    if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  }
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * A set of UTF-16 code units kept as a bitset, for tests run on every character of a text: `has`
 * is a load and a shift where a `Set<number>` hashes. A code outside the set's range (-1 for "no
 * character", a code above its largest member) is not in it, and so is `NaN` (`charCodeAt` past
 * the end): `NaN` reads as U+0000, which a set never holds.
 */
export class CodeSet {
  private readonly bits: Uint32Array;

  constructor(chars: string) {
    let max = 0;
    for (let i = 0; i < chars.length; i++) max = Math.max(max, chars.charCodeAt(i));
    this.bits = new Uint32Array((max >>> 5) + 1);
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      if (c === 0) throw new RangeError('A CodeSet never holds U+0000: NaN reads as it.');
      this.bits[c >>> 5]! |= 1 << (c & 31);
    }
  }

  has(c: number): boolean {
    const word = c >>> 5;
    return word < this.bits.length && ((this.bits[word]! >>> (c & 31)) & 1) === 1;
  }
}

/**
 * The UTF-16 codes of `chars` (all in the BMP), for tests by code: a character class read with
 * `charCodeAt`, without a one-character string or a regex per test.
 *
 * @example
 * codes('章节').has('第一章'.charCodeAt(2)); // true
 */
export const codes = (chars: string): CodeSet => new CodeSet(chars);
