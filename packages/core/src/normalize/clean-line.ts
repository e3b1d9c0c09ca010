import { foldWidthChar } from './width.js';
import type { MappedText } from './mapped-text.js';
import { isCjk, isCjkPunct, isWhitespace } from './chars.js';

/** Inline HTML tags that only decorate text; any other tag is kept as text (never silently dropped). */
const DECORATIVE_TAG = /^<\/?(?:b|strong|i|em|u|span|font|br|p|div|sup|sub|small|big|center|mark)(?:\s[^<>]{0,200})?\/?>/i;

/** ASCII punctuation that PDF extraction or web copies use for Chinese punctuation. */
const CHINESE_FORM: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export interface CleanLine extends MappedText {
  /** The line began with an indent (two or more spaces, or an ideographic space). */
  indent: boolean;
  /** Markdown heading level (`#` count) if the line was a markdown heading. */
  markdownHeading?: number;
  /** The whole line was wrapped in `**…**` or `<b>…</b>`. */
  bold: boolean;
  /** Leading run-in bold text `**煤炭。**…` if present (normalized). */
  boldLead?: string;
}

function isAsciiWord(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9]/.test(ch);
}

/**
 * Clean one physical line `[start, end)` of the original text: drop markdown and HTML
 * decoration, fold full-width forms, use Chinese punctuation between Chinese characters, and
 * collapse letter-spacing and stray spaces. Linear in the line's length.
 *
 * @example
 * cleanLine('### **第三节　总　则**', 0, 15).text; // '第三节总则'
 */
export function cleanLine(source: string, start: number, end: number): CleanLine {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = start;
  // Leading indentation and markdown block markers.
  let lead = 0;
  while (i < end && isWhitespace(source[i]!)) {
    lead += source[i] === '\u3000' || source[i] === '\t' ? 2 : 1;
    i++;
  }
  const indent = lead >= 2;
  let markdownHeading: number | undefined;
  let hashes = 0;
  while (i + hashes < end && source[i + hashes] === '#' && hashes < 7) hashes++;
  if (hashes >= 1 && hashes <= 6 && (source[i + hashes] === ' ' || source[i + hashes] === '\u3000')) {
    markdownHeading = hashes;
    i += hashes;
  } else if (source[i] === '>' && (source[i + 1] === ' ' || source[i + 1] === '\u3000')) {
    i += 2;
  } else if ((source[i] === '-' || source[i] === '+' || source[i] === '*') && source[i + 1] === ' ') {
    i += 2; // list bullet
  }

  let boldMarks = 0;
  let firstBoldClose = -1;
  while (i < end) {
    const ch = source[i]!;
    if ((ch === '*' && source[i + 1] === '*') || (ch === '_' && source[i + 1] === '_')) {
      boldMarks++;
      if (boldMarks === 2 && firstBoldClose < 0) firstBoldClose = chars.length;
      i += 2;
      continue;
    }
    if (ch === '<') {
      const m = DECORATIVE_TAG.exec(source.slice(i, Math.min(end, i + 220)));
      if (m) {
        if (/^<\/?(?:b|strong)\b/i.test(m[0])) {
          boldMarks++;
          if (boldMarks === 2 && firstBoldClose < 0) firstBoldClose = chars.length;
        }
        i += m[0].length;
        continue;
      }
    }
    chars.push(ch === '\t' ? '\t' : foldWidthChar(ch));
    offsets.push(i);
    i++;
  }

  // Second pass: whitespace and punctuation forms need both neighbours.
  const outChars: string[] = [];
  const outOffsets: number[] = [];
  const n = chars.length;
  let k = 0;
  while (k < n) {
    const ch = chars[k]!;
    if (ch !== '\t' && isWhitespace(ch)) {
      let j = k;
      while (j < n && chars[j] !== '\t' && isWhitespace(chars[j]!)) j++;
      const prev = outChars[outChars.length - 1];
      const next = chars[j];
      if (prev !== undefined && next !== undefined && next !== '\t' && prev !== '\t') {
        const keep = !(isCjkPunct(prev) || isCjkPunct(next)) &&
          ((isAsciiWord(prev) && isAsciiWord(next)) ||
            (isCjk(prev) && isCjk(next) && !isLetterSpaced(outChars, chars, j)));
        if (keep) {
          outChars.push(' ');
          outOffsets.push(offsets[k]!);
        }
      }
      k = j;
      continue;
    }
    let out = ch;
    const prev = outChars[outChars.length - 1];
    if (ch in CHINESE_FORM) {
      const next = chars[k + 1];
      const nearCjk = isCjk(prev) || isCjkPunct(prev) || isCjk(next) || (ch === '(' || ch === ')');
      if (nearCjk && !(ch === ',' && /\d/.test(prev ?? '') && /\d/.test(next ?? ''))) out = CHINESE_FORM[ch]!;
    } else if (ch === '.') {
      const next = chars[k + 1];
      if ((isCjk(prev) || prev === '）' || prev === '》' || prev === '”') && !/\d/.test(next ?? '')) out = '。';
    } else if (ch === '‹') out = '〈';
    else if (ch === '›') out = '〉';
    outChars.push(out);
    outOffsets.push(offsets[k]!);
    k++;
  }
  // Trailing spaces carry no content; trailing tabs stay: they are a table row's empty cells.
  while (outChars.length > 0 && outChars[outChars.length - 1] !== '\t' && isWhitespace(outChars[outChars.length - 1]!)) {
    outChars.pop();
    outOffsets.pop();
  }
  const text = outChars.join('');
  const bold = boldMarks >= 2 && firstBoldClose >= text.length - 1;
  const result: CleanLine = { text, offsets: outOffsets, end, indent, bold };
  if (markdownHeading !== undefined) result.markdownHeading = markdownHeading;
  if (boldMarks >= 2 && !bold && firstBoldClose > 0) {
    result.boldLead = chars.slice(0, firstBoldClose).join('').trim();
  }
  return result;
}

/**
 * Letter-spaced text (`总　则`, `公　告`, `王　纯`): a single CJK character on both sides of the
 * gap. A space after a multi-character run (`第二条 丙。`) separates a label and is kept.
 */
function isLetterSpaced(out: string[], chars: string[], nextIndex: number): boolean {
  const before = out[out.length - 2];
  const prevSingle = !isCjk(before);
  const after = nextIndex + 1;
  const nextSingle = after >= chars.length || !isCjk(chars[after]);
  return prevSingle && nextSingle;
}
