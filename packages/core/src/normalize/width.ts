/**
 * Fold one full-width ASCII-range character (digits, Latin letters, punctuation ＋－．／ etc.,
 * U+FF01..U+FF5E) and the ideographic space to its half-width form. Chinese punctuation that
 * has meaning of its own (，。、（）《》：；) is kept: it is the documents' own style.
 * Always one code unit in, one out, so offsets map 1:1.
 */
export function foldWidthChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if (code >= 0xff21 && code <= 0xff3a) return String.fromCharCode(code - 0xfee0); // Ａ-Ｚ
  if (code >= 0xff41 && code <= 0xff5a) return String.fromCharCode(code - 0xfee0); // ａ-ｚ
  switch (ch) {
    case '．':
      return '.';
    case '％':
      return '%';
    case '＋':
      return '+';
    case '－':
      return '-';
    case '／':
      return '/';
    case '＝':
      return '=';
    case '＞':
      return '>';
    case '＜':
      return '<';
    case '＆':
      return '&';
    case '＃':
      return '#';
    case '＊':
      return '*';
    case '～':
      return '~';
    case '«':
      return '《';
    case '»':
      return '》';
    case '\u00a0':
      return ' ';
    default:
      return ch;
  }
}

const FOLDABLE = /[\uff01-\uff5e«»\u00a0]/g;

/**
 * Fold full-width digits, Latin letters and ASCII-like symbols to half width, and `«»` to `《》`,
 * keeping the string's length (so offsets stay valid).
 *
 * @example
 * foldWidth('２０２１年ＧＤＰ增长６．５％'); // '2021年GDP增长6.5%'
 */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, foldWidthChar);
}
