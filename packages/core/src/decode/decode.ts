import type { Diagnostic } from '../models/diagnostic.js';
import { ZhengceError } from '../errors/zhengce-error.js';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What `decode` accepts. */
export type Input = string | Uint8Array | ArrayBuffer;

export interface DecodeOptions {
  /** `auto` (default) detects from the BOM and the bytes. */
  encoding?: Encoding | 'auto';
  /** Refuse inputs larger than this many bytes (or UTF-16 code units for strings). Default 256 MiB. */
  maxSize?: number;
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read with; `utf-16` strings given as JS strings report `utf-8`. */
  encoding: Encoding;
  bom: boolean;
  diagnostics: Diagnostic[];
}

const DEFAULT_MAX_SIZE = 256 * 1024 * 1024;

function bytesOf(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function detectBom(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Share of characters that are plausible in a Chinese policy text: CJK, CJK and full-width
 * punctuation, printable ASCII and line breaks. Used to choose between candidate decodings.
 */
export function plausibility(text: string, sample = 20000): number {
  const n = Math.min(text.length, sample);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x206f)
    )
      good++;
  }
  return good / n;
}

/** Guess UTF-16 without BOM from the pattern of zero bytes (ASCII) or from plausibility. */
function guessUtf16(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 8192);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? zeroEven++ : zeroOdd++);
  if (zeroOdd > n / 8 && zeroEven < n / 64) return 'utf-16le';
  if (zeroEven > n / 8 && zeroOdd < n / 64) return 'utf-16be';
  // Mostly-Chinese UTF-16 has few zero bytes: compare plausibility of both byte orders.
  const le = tryDecode(bytes, 'utf-16le');
  const be = tryDecode(bytes, 'utf-16be');
  const sle = le ? plausibility(le) : 0;
  const sbe = be ? plausibility(be) : 0;
  if (Math.max(sle, sbe) > 0.97) return sle >= sbe ? 'utf-16le' : 'utf-16be';
  return undefined;
}

/** Control characters text never holds (NUL, and all but tab, LF, form feed and CR). */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/g;

/** Binary, by its first 64 K characters: a NUL, or more than one in a hundred control characters. */
function isBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  // Most inputs hold no control character at all: one native scan says so.
  const controls = (n === text.length ? text : text.slice(0, n)).match(CONTROL);
  if (controls === null) return false;
  return controls.includes('\0') || controls.length > n / 100;
}

function info(code: Diagnostic['code'], message: string, data?: Diagnostic['data']): Diagnostic {
  return data ? { code, severity: 'info', message, data } : { code, severity: 'info', message };
}

/**
 * Turn bytes or a string into text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with or
 * without BOM) and GB18030/GBK; strips the BOM.
 *
 * @param input - a string, `Uint8Array` or `ArrayBuffer`
 * @returns the text, the encoding used and diagnostics (fallbacks, replaced bytes)
 * @throws {ZhengceError} `empty-input`, `binary-input`, `input-too-large`, `invalid-encoding`, `invalid-input-type`
 *
 * @example
 * decode(new TextEncoder().encode('第一条')).text; // '第一条'
 */
export function decode(input: Input, options: DecodeOptions = {}): DecodedText {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding: Encoding = 'utf-8';
  let bom = false;

  if (typeof input === 'string') {
    if (input.length > maxSize) throw new ZhengceError('input-too-large', `${input.length} > ${maxSize}`);
    // A BOM in a string stays (cleaning treats it as whitespace) so offsets index the string as given.
    bom = input.charCodeAt(0) === 0xfeff;
    text = input;
  } else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const bytes = bytesOf(input);
    if (bytes.length > maxSize) throw new ZhengceError('input-too-large', `${bytes.length} > ${maxSize}`);
    const requested = options.encoding ?? 'auto';
    const fromBom = detectBom(bytes);
    if (requested !== 'auto') {
      encoding = requested;
      const strict = tryDecode(bytes, encoding);
      if (strict === undefined) {
        text = new TextDecoder(encoding).decode(bytes);
        diagnostics.push({
          code: 'encoding-replacement',
          severity: 'warning',
          message: `Some bytes are not valid ${encoding} and were replaced with U+FFFD.`,
          data: { encoding },
        });
      } else text = strict;
    } else if (fromBom) {
      encoding = fromBom;
      text = new TextDecoder(encoding).decode(bytes);
    } else {
      const utf16 = guessUtf16(bytes);
      const utf8 = utf16 ? undefined : tryDecode(bytes, 'utf-8');
      if (utf16) {
        encoding = utf16;
        text = new TextDecoder(encoding).decode(bytes);
      } else if (utf8 !== undefined) {
        text = utf8;
      } else {
        const gb = tryDecode(bytes, 'gb18030');
        const lossy8 = new TextDecoder('utf-8').decode(bytes);
        if (gb !== undefined && plausibility(gb) >= plausibility(lossy8)) {
          encoding = 'gb18030';
          text = gb;
          diagnostics.push(info('encoding-fallback', 'The bytes are not UTF-8; decoded as GB18030.', { encoding }));
        } else {
          text = lossy8;
          diagnostics.push({
            code: 'encoding-replacement',
            severity: 'warning',
            message: 'Some bytes are not valid UTF-8 and were replaced with U+FFFD.',
            data: { encoding: 'utf-8' },
          });
        }
      }
    }
    bom = fromBom !== undefined;
  } else {
    throw new ZhengceError('invalid-input-type');
  }

  if (text.trim() === '') throw new ZhengceError('empty-input');
  if (isBinary(text)) throw new ZhengceError('binary-input');
  return { text, encoding, bom, diagnostics };
}
