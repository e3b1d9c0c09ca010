import type { Project } from '../models/panel.js';
import { foldWidth } from '../normalize/width.js';
import type { SourceText } from '../source/source-text.js';
import type { MappedText } from './text-map.js';

/** Action verbs that open a clause of a project list, longest first when matched. */
export const PROJECT_ACTIONS = [
  '开工建设',
  '改扩建',
  '续建',
  '新建',
  '扩建',
  '改建',
  '建成',
  '完成',
  '推进',
  '推动',
  '实施',
  '谋划',
  '建设',
  '启动',
  '开展',
  '打造',
  '培育',
  '布局',
  '创建',
  '实现',
  '提升',
  '储备',
  '争取',
  '发展',
  '突破',
  '研发',
  '攻关',
  '支持',
  '加强',
  '加快',
  '完善',
  '优化',
  '构建',
  '健全',
  '深化',
  '强化',
  '探索',
  '引进',
  '组建',
  '设立',
  '新增',
  '改造',
  '开通',
] as const;

const ADVERBS = /^(?:重点|加快|积极|有序|全面|持续|着力|大力|稳步|继续|力争|进一步|统筹|适时)/;
const SORTED_ACTIONS = [...PROJECT_ACTIONS].sort((a, b) => b.length - a.length);

/** The action opening `text` (after adverbs such as 重点, 加快), and where the object starts. */
export function leadingAction(text: string): { action: string; length: number } | undefined {
  let at = 0;
  let adverb = '';
  for (let k = 0; k < 2; k++) {
    const m = ADVERBS.exec(text.slice(at));
    if (!m) break;
    adverb = adverb || m[0];
    at += m[0].length;
  }
  for (const a of SORTED_ACTIONS) {
    if (text.startsWith(a, at)) return { action: a, length: at + a.length };
  }
  if (adverb && adverb !== '重点') return { action: adverb, length: at };
  return undefined;
}

const SCALE =
  /\d+(?:\.\d+)?\s*(?:[×x*]\s*\d+(?:\.\d+)?\s*)?(?:万千瓦|千瓦|兆瓦|MW|GW|kW|万吨\/年|万吨|亿吨|亿立方米|万立方米|立方米|亿元|万元|公里|千米|万亩|亩|万平方米|平方米|千伏|张床位|万套|万千伏安)/;
const PERIOD = /[（(]\s*(\d{4})\s*(?:[—–\-~～至到]{1,2}\s*(\d{4}))?\s*年?\s*[）)]|(\d{4})\s*[—–\-~～至到]{1,2}\s*(\d{4})\s*年/;
// A leading city or county: two characters and 市/县 (太原市, 大同市), not 城市 or 省市县.
const LOCATION = /^([\u4e00-\u9fff]{2}(?:市|县))(?![级区域镇])(?=\S)/;

const OPENERS = new Set([...'(（“‘《«[［'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...')）”’》»]］'].map((c) => c.charCodeAt(0)));

/**
 * Split `text[from, to)` at top-level `seps` characters (not inside brackets or quotes); spans are
 * offsets into `text`, so callers split a part of a text without slicing it out first.
 */
function splitTop(text: string, seps: string, from = 0, to = text.length): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  // One or two separators: charCodeAt past the end is NaN and matches nothing.
  const sep0 = seps.charCodeAt(0);
  const sep1 = seps.charCodeAt(1);
  let depth = 0;
  let start = from;
  // By code unit: reading `text[i]` would make a string of every CJK character.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // an ideograph, most of the text: no bracket, no separator
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === sep0 || c === sep1)) {
      out.push({ from: start, to: i });
      start = i + 1;
    }
  }
  out.push({ from: start, to });
  return out;
}

interface Clause {
  from: number;
  to: number;
  /** First clause of a sentence: an action does not carry over from the sentence before. */
  sentenceStart: boolean;
}

function clauseList(text: string, commas: boolean): Clause[] {
  // Sentences, `；` clauses and (for item lists, or when an action follows) comma clauses.
  const out: Clause[] = [];
  for (const sentence of splitTop(text, '。.')) {
    let first = true;
    for (const part of splitTop(text, '；;', sentence.from, sentence.to)) {
      const pFrom = part.from;
      const pTo = part.to;
      let start = pFrom;
      for (const c of splitTop(text, '，,', pFrom, pTo)) {
        const absFrom = c.from;
        if (absFrom > start && (commas || leadingAction(text.slice(absFrom).trimStart()))) {
          out.push({ from: start, to: absFrom - 1, sentenceStart: first });
          first = false;
          start = absFrom;
        }
      }
      out.push({ from: start, to: pTo, sentenceStart: first });
      first = false;
    }
  }
  return out.filter((c) => text.slice(c.from, c.to).trim().length > 0);
}

function details(raw: string): Pick<Project, 'location' | 'scale' | 'period'> {
  const name = foldWidth(raw);
  const out: Pick<Project, 'location' | 'scale' | 'period'> = {};
  const scale = SCALE.exec(name);
  if (scale) out.scale = scale[0].replace(/\s+/g, '');
  const period = PERIOD.exec(name);
  if (period) out.period = period[0].replace(/^[（(]|[）)]$/g, '').trim();
  const loc = LOCATION.exec(name);
  if (loc && !/[城省市县各以与在]/.test(loc[1]!.slice(0, 2))) out.location = loc[1]!;
  return out;
}

/**
 * Split the text of a panel group into projects: clauses separated by `。`/`；` (or by `，` when a
 * new action follows), each opening with an action (续建, 新建, 开工建设, 推进 … after adverbs such
 * as 重点/加快) that carries over to every item of the clause; items are `、`-separated, with the
 * clause's `等项目`/`等工程` ending removed. A clause ending in `前期工作`/`前期研究` gets that as its
 * action. Scale (`100万千瓦`), period (`（2026—2030年）`) and a leading place (`大同市`) are kept
 * when written.
 *
 * @example
 * splitProjects(mapped('续建A、B等项目；新建C'), src).map((p) => [p.action, p.name]);
 * // [['续建', 'A'], ['续建', 'B'], ['新建', 'C']]
 */
export function splitProjects(group: MappedText, src: SourceText, mode: 'items' | 'clauses' = 'items'): Project[] {
  const text = group.text;
  const projects: Project[] = [];
  let carried: string | undefined;
  for (const clause of clauseList(text, mode === 'items')) {
    if (clause.sentenceStart) carried = undefined;
    let from = clause.from;
    let to = clause.to;
    while (from < to && /[\s\u3000，,]/.test(text[from]!)) from++;
    while (to > from && /[\s\u3000。.；;，,]/.test(text[to - 1]!)) to--;
    let body = text.slice(from, to);
    const lead = leadingAction(body);
    let action = lead?.action ?? carried;
    if (lead) {
      from += lead.length;
      body = text.slice(from, to);
      carried = lead.action;
    }
    if (/^包括/.test(body)) {
      from += 2;
      body = text.slice(from, to);
    }
    const tail = /(?:等(?:一批)?[\u4e00-\u9fff]{0,8}?)?(前期工作|前期研究)$/.exec(body);
    if (tail) {
      action = tail[1]!;
      to -= tail[0].length;
    } else {
      const etc = /等[\u4e00-\u9fff]{0,10}$/.exec(body);
      if (etc && mode === 'items') to -= etc[0].length;
    }
    body = text.slice(from, to);
    if (body.trim() === '') continue;
    const pieces = mode === 'items' ? splitTop(text, '、', from, to) : [{ from, to }];
    for (const piece of pieces) {
      let a = piece.from;
      let b = piece.to;
      while (a < b && /[\s\u3000]/.test(text[a]!)) a++;
      while (b > a && /[\s\u3000]/.test(text[b - 1]!)) b--;
      if (b <= a) continue;
      const itemText = text.slice(a, b);
      const name = itemText.replace(/等$/, '');
      // Object.assign, not a spread: V8 11 (Node 20) copies a spread into a literal on a slow path.
      const project: Project = Object.assign({ name, text: itemText, position: group.position(src, a, b) }, details(itemText));
      if (action) project.action = action;
      projects.push(project);
    }
  }
  return projects;
}
