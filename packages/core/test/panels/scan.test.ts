import { describe, expect, it } from 'vitest';
import { afterIndent, ENTRY, endsSentence, isBlanksAndStars, isEntry, isIndented, opensWithPanelLabel } from '../../src/panels/scan.js';
import { endsWithEtc, endsWithPreparation, scanGroup } from '../../src/panels/projects.js';
import { foldWidthCode } from '../../src/normalize/width.js';
import { leadingAction, MappedText } from '../../src/index.js';

// The code-unit scanners stand for regexes (and, for clauseList, a three-pass split): each is
// checked against what it replaces on many short texts drawn from the characters that matter.
const PIECES = [
  '续建', '新建', '加快', '重点', '推进', '等', '等项目', '一批', '前期工作', '前期研究', '项目', '工程', '术语', 'A', '5',
  '，', ',', '、', '１', 'Ａ', '．', '«', '»', '。', '.', '；', ';', '：', ':', '！', '?', '（', '）', '(', ')', '“', '”', '《', '》', '[', ']',
  ' ', '\u3000', '\t', '\r', '\n', '*', '**',
];

/** Deterministic texts: a small linear congruential generator, so failures reproduce. */
function texts(count: number, maxPieces = 12): string[] {
  let state = 12345;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    for (let i = next(maxPieces + 1); i > 0; i--) t += PIECES[next(PIECES.length)];
    out.push(t);
  }
  return out;
}

const SAMPLE = texts(4000);

describe('panel line scanners match their regexes', () => {
  it('endsSentence', () => {
    for (const t of SAMPLE) expect([t, endsSentence(t)]).toEqual([t, /[。.！？!?；;：:]\s*(?:\*\*)?$/.test(t.trim())]);
  });

  it('isBlanksAndStars', () => {
    for (const t of SAMPLE) expect([t, isBlanksAndStars(t)]).toEqual([t, /^[\s*]*$/.test(t)]);
  });

  it('isEntry, with and without ** marks, reads as ENTRY (the regex extraction uses)', () => {
    // ENTRY is built from the scanner's own stop characters: pin it, so a change to them shows.
    expect(ENTRY.source).toBe(/^([^，,。.；;:：\n]{1,30}?)[:：]/.source);
    const entry = ENTRY;
    const long = ['一'.repeat(29) + '：', '一'.repeat(30) + '：', '一'.repeat(31) + '：', '**' + '一'.repeat(30) + '**：'];
    for (const t of [...SAMPLE, ...long]) {
      expect([t, isEntry(t, false)]).toEqual([t, entry.test(t)]);
      expect([t, isEntry(t, true)]).toEqual([t, entry.test(t.replace(/^\*\*|\*\*/g, ''))]);
    }
  });

  it('opensWithPanelLabel holds for every panel heading', () => {
    const panelStart =
      /^(?:#{1,6}\s*)?(?:\*\*|<b>)?[ \u3000]*(专栏[ \u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))[ \u3000]*(.{0,60}?)(?:\*\*|<\/b>)?[ \u3000]*$/;
    const heads = ['', ' ', '\u3000', '#', '## ', '**', '<b>', ' # <b>', 'b', '专', 'x'];
    const tails = ['专栏1', '专栏 二 重大工程', '专栏１２', '专栏', '专栏十 工程**', '专 栏1', '栏1'];
    let headings = 0;
    for (const h1 of heads) for (const h2 of heads) for (const tail of tails) {
      const line = h1 + h2 + tail;
      const isHeading = panelStart.test(line.replace(/^[ \u3000]+/, ''));
      if (isHeading) headings++;
      if (isHeading) expect([line, opensWithPanelLabel(line, 0, line.length)]).toEqual([line, true]);
      if (!line.includes('专栏')) expect(opensWithPanelLabel(line, 0, line.length)).toBe(false);
    }
    expect(headings).toBeGreaterThan(100);
  });

  it('afterIndent and isIndented', () => {
    for (const t of SAMPLE) {
      expect(afterIndent(t, 0, t.length)).toBe(/^[ \u3000]*/.exec(t)![0].length);
      expect([t, isIndented(t, 0, t.length)]).toEqual([t, /^ ?[\u3000]{2}/.test(t)]);
    }
  });
});

describe('project clause scanners', () => {
  it('endsWithEtc and endsWithPreparation', () => {
    const long = ['A等' + '一'.repeat(10), 'A等' + '一'.repeat(11), '等一批' + '一'.repeat(8) + '前期工作'];
    for (const t of [...SAMPLE, ...long]) {
      expect([t, endsWithEtc(t, 0, t.length)]).toEqual([t, /等[\u4e00-\u9fff]{0,10}$/.test(t)]);
      expect([t, endsWithPreparation(t, 0, t.length)]).toEqual([t, /(?:前期工作|前期研究)$/.test(t)]);
    }
  });

  /** The split clauseList makes in one pass, made as before: sentences, then ；, then ，. */
  function clausesByLevels(text: string, commas: boolean): Array<{ from: number; to: number; sentenceStart: boolean }> {
    const splitTop = (seps: string, from: number, to: number): Array<{ from: number; to: number }> => {
      const out: Array<{ from: number; to: number }> = [];
      let depth = 0;
      let start = from;
      for (let i = from; i < to; i++) {
        const ch = text[i]!;
        if ('(（“‘《«[［'.includes(ch)) depth++;
        else if (')）”’》»]］'.includes(ch)) depth = Math.max(0, depth - 1);
        else if (depth === 0 && seps.includes(ch)) {
          out.push({ from: start, to: i });
          start = i + 1;
        }
      }
      out.push({ from: start, to });
      return out;
    };
    const out: Array<{ from: number; to: number; sentenceStart: boolean }> = [];
    for (const sentence of splitTop('。.', 0, text.length)) {
      let first = true;
      for (const part of splitTop('；;', sentence.from, sentence.to)) {
        let start = part.from;
        for (const c of splitTop('，,', part.from, part.to)) {
          if (c.from > start && (commas || leadingAction(text.slice(c.from).trimStart()))) {
            out.push({ from: start, to: c.from - 1, sentenceStart: first });
            first = false;
            start = c.from;
          }
        }
        out.push({ from: start, to: part.to, sentenceStart: first });
        first = false;
      }
    }
    return out.filter((c) => text.slice(c.from, c.to).trim().length > 0);
  }

  it('scanGroup splits clauses as sentences, then ；, then ， would', () => {
    for (const t of texts(3000, 20)) {
      for (const commas of [true, false]) expect([t, scanGroup(t, commas).clauses]).toEqual([t, clausesByLevels(t, commas)]);
    }
  });

  it('scanGroup notes the 、 outside brackets, and the digits and characters to fold', () => {
    for (const t of [...texts(2000, 20), '（A、B）、C、《D、E》、Ｆ５', '１２３、«x»、．']) {
      const scan = scanGroup(t, true);
      const separators: number[] = [];
      let depth = 0;
      for (let i = 0; i < t.length; i++) {
        if ('(（“‘《«[［'.includes(t[i]!)) depth++;
        else if (')）”’》»]］'.includes(t[i]!)) depth = Math.max(0, depth - 1);
        else if (depth === 0 && t[i] === '、') separators.push(i);
      }
      expect([t, scan.listSeparators]).toEqual([t, separators]);
      const marks = [...t].flatMap((ch, i) => (/\d/.test(ch) || foldWidthCode(ch.charCodeAt(0)) !== ch.charCodeAt(0) ? [i] : []));
      expect([t, scan.numberMarks]).toEqual([t, marks]);
    }
  });
});

describe('MappedText', () => {
  it('maps every character of joined pieces, sliced and trimmed', () => {
    const pieces: Array<[string, number]> = [[' 　续建A', 3], ['、B', 11], ['C ', 13], ['', 20], ['等。 ', 30]];
    const mapped = new MappedText();
    const offsets: number[] = [];
    for (const [piece, start] of pieces) {
      mapped.append(piece, start);
      for (let i = 0; i < piece.length; i++) offsets.push(start + i);
    }
    const n = mapped.text.length;
    for (let from = -2; from <= n + 1; from++) {
      for (let to = -2; to <= n + 1; to++) {
        const slice = mapped.slice(from, to);
        const expected = offsets.slice(from, to);
        expect(slice.text).toBe(mapped.text.slice(from, to));
        for (let i = -1; i <= slice.text.length; i++) {
          const at = expected.length === 0 ? 0 : expected[Math.max(0, Math.min(i, expected.length - 1))]!;
          expect(slice.offsetAt(i)).toBe(at);
        }
      }
    }
    const trimmed = mapped.trim();
    expect(trimmed.text).toBe('续建A、BC 等。');
    expect(trimmed.offsetAt(0)).toBe(5);
    expect(trimmed.offsetAt(trimmed.text.length - 1)).toBe(31);
  });
});
