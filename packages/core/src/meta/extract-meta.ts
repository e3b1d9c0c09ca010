import type { Diagnostic } from '../models/diagnostic.js';
import type { DocumentKind } from '../models/document.js';
import type { Meta } from '../models/meta.js';
import type { Block } from '../segment/blocks.js';
import type { WebMeta } from '../profile/web-meta.js';
import { startsWithLabel } from '../hierarchy/labels.js';
import { isTrimmedCode } from '../normalize/chars.js';
import { parseDate } from './dates.js';
import { parseAnnouncementNumber, parseDocNumber } from './doc-number.js';
import { isHistoryLine, parseHistory } from './history.js';
import { kindFromTitle } from './classify-kind.js';

export interface MetaResult {
  meta: Meta;
  /** Kind named by the title, if any. */
  titleKind: DocumentKind | undefined;
  /** Blocks that make up the title (rendered as a heading). */
  titleBlocks: Set<Block>;
  /** The text an announcement publishes: 《山西省制造业高质量发展促进条例》已由…通过. */
  published?: string;
  /** `date-invalid` for stated metadata dates that are not dates (2021年2月30日, 2021-13-01). */
  diagnostics: Diagnostic[];
}

const ISSUER_SUFFIX = /(?:人民政府|人民代表大会常务委员会|人民代表大会|委员会|办公厅|办公室|主席团|政府|厅|局|部|院|会议)$/;
const DATE_LINE = /^[0-9〇零一二三四五六七八九十]{4}年[0-9〇零一二三四五六七八九十]{1,3}月[0-9〇零一二三四五六七八九十]{1,3}日$/;

/**
 * `text.replace(/\s+/g, '') === target` without making the stripped string (`\s` is what
 * `isTrimmedCode` accepts), so most texts fail at their first characters.
 */
function equalsWithoutSpaces(text: string, target: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isTrimmedCode(c)) continue;
    if (j >= target.length || c !== target.charCodeAt(j)) return false;
    j++;
  }
  return j === target.length;
}

/**
 * Whether a text says when something takes effect (起施行, 起实施, 起执行, 起生效), which both
 * effective-date sentences need: the patterns run only on texts that pass.
 */
function namesTakingEffect(text: string): boolean {
  for (let at = text.indexOf('起'); at >= 0; at = text.indexOf('起', at + 1)) {
    if (text.startsWith('施行', at + 1) || text.startsWith('实施', at + 1) || text.startsWith('执行', at + 1) || text.startsWith('生效', at + 1)) {
      return true;
    }
  }
  return false;
}

/** 已由 or 已经: an announcement says its text was adopted. */
const ALREADY_DONE = /已[由经]/;

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function pick(data: Record<string, unknown> | undefined, keys: readonly string[]): string | undefined {
  if (!data) return undefined;
  for (const key of keys) {
    const value = str(data[key]);
    if (value) return value;
  }
  return undefined;
}

function isTitleCandidate(block: Block): boolean {
  const t = block.text;
  return t.length >= 4 && t.length <= 120 && !/[。；]$/.test(t) && !DATE_LINE.test(t) && !parseDocNumber(t) &&
    !startsWithLabel(t) && !isHistoryLine(t);
}

/**
 * Find the title among the leading blocks: markdown headings or bold lines at the top (an
 * issuer line and a `关于…` line join), else the first short line that names a document kind.
 */
function findTitle(blocks: readonly Block[]): { title: string; used: Block[] } | undefined {
  const lead = blocks.slice(0, 12);
  const marked = [];
  for (const block of lead) {
    if ((block.markdownHeading !== undefined || block.bold) && isTitleCandidate(block)) marked.push(block);
    else if (marked.length > 0) break;
  }
  if (marked.length > 0) {
    const first = marked[0]!;
    const second = marked[1];
    if (second && !kindFromTitle(first.text) && (/^关于/.test(second.text) || kindFromTitle(second.text))) {
      return { title: (first.text + second.text).replace(/\s+/g, ''), used: [first, second] };
    }
    return { title: first.text, used: [first] };
  }
  for (const block of lead) {
    if (startsWithLabel(block.text)) break;
    if (isTitleCandidate(block) && kindFromTitle(block.text)) return { title: block.text, used: [block] };
  }
  return undefined;
}

function gatherParenthetical(blocks: readonly Block[], from: number): string {
  let text = '';
  for (let i = from; i < Math.min(blocks.length, from + 8); i++) {
    const part = blocks[i]!.text;
    text += part;
    // The text ends with the block just added (an empty one adds nothing to a text that did not
    // close): test that block, not the growing concatenation, which each test would flatten.
    if (/[)）]$/.test(part)) return text;
  }
  return blocks[from]!.text;
}

/**
 * Gather metadata from front matter, a web metadata block and the text: title, issuer, 文号,
 * announcement number, dates (adopted, published, effective, signed, written) and history.
 */
export function extractMeta(
  blocks: readonly Block[],
  frontMatter: Record<string, unknown> | undefined,
  web: WebMeta | undefined,
  given?: { text: string; blocks: readonly Block[] },
): MetaResult {
  const meta: Meta = { dates: {}, history: [] };
  const titleBlocks = new Set<Block>();
  let published: string | undefined;
  const fields = web?.fields ?? {};

  const fmTitle = pick(frontMatter, ['title', '标题', 'name']);
  const found = given ? { title: given.text, used: [...given.blocks] } : findTitle(blocks);
  const title = fmTitle ?? fields.title ?? found?.title;
  if (title) meta.title = title.replace(/\s+/g, '');
  for (const block of found?.used ?? []) titleBlocks.add(block);
  if (fmTitle || fields.title) {
    for (const block of blocks.slice(0, 12)) {
      if (equalsWithoutSpaces(block.text, meta.title!)) titleBlocks.add(block);
    }
  }

  const issuer = pick(frontMatter, ['author', 'issuer', '发文机关', 'office']) ?? fields.issuer;
  if (issuer) meta.issuer = issuer;

  const docNumberText = pick(frontMatter, ['docNumber', 'doc_number', '发文字号', '文号']) ?? fields.docNumber;
  let docNumber = parseDocNumber(docNumberText ?? '');
  for (let i = 0; i < Math.min(blocks.length, 15) && !docNumber; i++) docNumber = parseDocNumber(blocks[i]!.text);
  if (docNumber) meta.docNumber = docNumber;

  const diagnostics: Diagnostic[] = [];
  /** Set a date not set yet; returns the ISO date `value` reads as, if any. */
  const setDate = (key: keyof Meta['dates'], value: string | undefined): string | undefined => {
    const iso = value ? parseDate(value) : undefined;
    if (iso && !meta.dates[key]) meta.dates[key] = iso;
    return iso;
  };
  /** A date a metadata field states (front matter, a web page's 成文日期): reported when it does not parse. */
  const setStatedDate = (key: keyof Meta['dates'], value: string | undefined) => {
    if (!setDate(key, value) && value && value.trim() !== '') {
      diagnostics.push({
        code: 'date-invalid',
        severity: 'warning',
        message: `The ${key} date "${value.trim()}" is not a valid date; it was not used.`,
        data: { field: key, value: value.trim() },
      });
    }
  };
  setStatedDate('published', pick(frontMatter, ['publication_date', 'published', 'publish_date', '发布日期']) ?? fields.published);
  setStatedDate('effective', pick(frontMatter, ['effective_date', 'effective', '实施日期', '施行日期']) ?? fields.effective);
  setStatedDate('written', fields.written ?? pick(frontMatter, ['成文日期', 'written']));
  setStatedDate('adopted', pick(frontMatter, ['adopted', 'adoption_date', '通过日期']));
  const fmDate = pick(frontMatter, ['date']);
  const status = pick(frontMatter, ['status', '是否有效', '时效性']) ?? fields.status;
  if (status) meta.status = status;
  if (fields.indexNumber) meta.indexNumber = fields.indexNumber;
  if (fields.subject) meta.subject = fields.subject;
  const urls = frontMatter?.urls ?? frontMatter?.url;
  if (Array.isArray(urls)) meta.urls = urls.filter((u): u is string => typeof u === 'string');
  else if (typeof urls === 'string') meta.urls = [urls];
  if (frontMatter && Object.keys(frontMatter).length > 0) meta.frontMatter = frontMatter;

  // The text itself: announcement, history line, addressees, signature, effective date.
  const head = blocks.slice(0, 40);
  for (let i = 0; i < head.length; i++) {
    const text = head[i]!.text;
    const announcement = parseAnnouncementNumber(text);
    if (announcement && !meta.announcement) {
      const header = head[i - 1]?.text;
      meta.announcement = header && /公告$/.test(header) ? { ...announcement, issuer: header.replace(/公告$/, '') } : announcement;
      continue;
    }
    // A history line may be printed over several lines: gather until its bracket closes.
    if (meta.history.length === 0) {
      const history = /^[（(]/.test(text) && !/[)）]$/.test(text) ? gatherParenthetical(head, i) : text;
      if (isHistoryLine(history)) {
        meta.history = parseHistory(history);
        continue;
      }
    }
    if (!meta.addressees && text.length <= 80 && (text.endsWith('：') || text.endsWith(':')) && /[、，]/.test(text) && /(?:政府|委员会|各|局|厅)/.test(text)) {
      meta.addressees = text.replace(/[：:]$/, '');
    }
    // A speech or report subtitle: ——2021年1月20日在山西省第十三届人民代表大会第四次会议上.
    const delivered = /^—+\s*([0-9〇零一二三四五六七八九十]{4}年[0-9〇零一二三四五六七八九十]{1,3}月[0-9〇零一二三四五六七八九十]{1,3}日)在(.{2,60}?)上$/.exec(text);
    if (delivered) {
      setDate('delivered', delivered[1]);
      if (!meta.meeting) meta.meeting = delivered[2]!;
      continue;
    }
    // A signature: an issuer line followed by a date line.
    if (DATE_LINE.test(text) && i > 0) {
      const signer = head[i - 1]!.text;
      if (ISSUER_SUFFIX.test(signer) && signer.length <= 40) {
        setDate('signed', text);
        if (!meta.issuer) meta.issuer = signer;
      }
    }
    // An announcement sentence: 《…》已由…于2024年3月28日通过，现予公布，自2024年5月1日起施行。
    if (ALREADY_DONE.test(text) && /通过|批准/.test(text)) {
      const adopted = /于?([0-9〇零一二三四五六七八九十]{4}年[0-9〇零一二三四五六七八九十]{1,3}月[0-9〇零一二三四五六七八九十]{1,3}日)(?:[^，。]{0,30})?(?:通过|批准)/.exec(text);
      if (adopted) setDate('adopted', adopted[1]);
      const named = /^《([^》]{2,80})》/.exec(text);
      if (named && !published) published = named[1]!;
    }
  }
  for (const step of meta.history) {
    if (step.event === 'adopted' || step.event === 'revised') setDate('adopted', step.date);
  }
  const lastStep = meta.history[meta.history.length - 1];
  if (!meta.meeting && lastStep?.body && /会议$/.test(lastStep.body)) meta.meeting = lastStep.body;
  if (meta.history.length > 1) {
    // The latest revision is the text's adoption as it stands.
    const last = meta.history[meta.history.length - 1]!;
    if (last.event === 'revised') meta.dates.adopted = last.date;
  }

  // Effective date: 自2024年5月1日起施行 anywhere; 自公布之日起施行 means the publication date.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = blocks[i]!.text;
    if (!namesTakingEffect(text)) continue; // most blocks do not
    const effective = /自([0-9〇零一二三四五六七八九十]{4}年[0-9〇零一二三四五六七八九十]{1,3}月[0-9〇零一二三四五六七八九十]{1,3}日)起(?:施行|实施|执行|生效)/.exec(text);
    if (effective) {
      setDate('effective', effective[1]);
      break;
    }
    if (/自公布之日起(?:施行|实施|生效)/.test(text)) {
      setDate('effective', meta.dates.published ?? meta.dates.adopted ?? fmDate);
      break;
    }
  }
  if (!meta.dates.adopted && fmDate && /决定|决议|条例|办法/.test(meta.title ?? '')) setDate('adopted', fmDate);
  if (!meta.dates.published && meta.announcement && meta.dates.signed) meta.dates.published = meta.dates.signed;

  if (!meta.issuer && meta.title) {
    const prefix = /^(.{2,40}?(?:人民政府|人民代表大会常务委员会|人民代表大会|委员会|办公厅|会议|主席团))(?:关于|印发)/.exec(meta.title);
    if (prefix) meta.issuer = prefix[1];
  }
  if (!meta.issuer && meta.announcement?.issuer) meta.issuer = meta.announcement.issuer;

  const titleKind = meta.title ? kindFromTitle(meta.title) : undefined;
  return published ? { meta, titleKind, titleBlocks, published, diagnostics } : { meta, titleKind, titleBlocks, diagnostics };
}
