import type { PolicyDocument } from '../models/document.js';
import type { Node, NodeType } from '../models/node.js';
import { escapeMarkup } from './escape.js';

/** The Akoma Ntoso 3.0 namespace (OASIS LegalDocML). */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Options of {@link toAkomaNtoso}. */
export interface AkomaNtosoOptions {
  /** Date of the manifestation (`FRBRManifestation/FRBRdate`), ISO `YYYY-MM-DD`. Default: the expression date. */
  generated?: string;
  /** Indent with two spaces per level (default true); `false` writes one line. */
  indent?: boolean;
}

/** AKN element and eId prefix for the hierarchical node types. */
const HIER: Partial<Record<NodeType, { element: string; prefix: string }>> = {
  part: { element: 'part', prefix: 'part' },
  chapter: { element: 'chapter', prefix: 'chp' },
  section: { element: 'section', prefix: 'sec' },
  article: { element: 'article', prefix: 'art' },
  paragraph: { element: 'paragraph', prefix: 'para' },
  item: { element: 'point', prefix: 'point' },
  subitem: { element: 'point', prefix: 'point' },
};

/** A tiny XML writer: elements are arrays of lines, text always escaped. */
class Xml {
  readonly lines: string[] = [];
  private depth = 0;
  constructor(private readonly pretty: boolean) {}

  private pad(): string {
    return this.pretty ? '  '.repeat(this.depth) : '';
  }

  private static attrs(attributes: Record<string, string | undefined>): string {
    return Object.entries(attributes)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([k, v]) => ` ${k}="${escapeMarkup(v)}"`)
      .join('');
  }

  open(name: string, attributes: Record<string, string | undefined> = {}): void {
    this.lines.push(`${this.pad()}<${name}${Xml.attrs(attributes)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.lines.push(`${this.pad()}</${name}>`);
  }

  empty(name: string, attributes: Record<string, string | undefined>): void {
    this.lines.push(`${this.pad()}<${name}${Xml.attrs(attributes)}/>`);
  }

  text(name: string, text: string, attributes: Record<string, string | undefined> = {}): void {
    this.lines.push(`${this.pad()}<${name}${Xml.attrs(attributes)}>${escapeMarkup(text)}</${name}>`);
  }

  toString(): string {
    return this.lines.join(this.pretty ? '\n' : '');
  }
}

/** 32-bit FNV-1a of a string, as 8 hex digits: a stable ASCII name for a title. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The Work's name component in the AKN URI: ASCII, from the document number when there is one. */
function workName(doc: PolicyDocument): string {
  const { docNumber, announcement, title } = doc.meta;
  if (docNumber) return `${docNumber.year}-${docNumber.serial}-${fnv1a(docNumber.agency)}`;
  if (announcement) return `ann-${announcement.number}-${fnv1a(title ?? '')}`;
  return `t-${fnv1a(title ?? '')}`;
}

function workDate(doc: PolicyDocument): { date: string; name: string } {
  const d = doc.meta.dates;
  const first = doc.meta.history[0];
  if (d.adopted) return { date: d.adopted, name: 'adoption' };
  if (first) return { date: first.date, name: first.event };
  if (d.signed) return { date: d.signed, name: 'signature' };
  if (d.written) return { date: d.written, name: 'written' };
  if (d.published) return { date: d.published, name: 'publication' };
  if (d.effective) return { date: d.effective, name: 'entryIntoForce' };
  // No date in the text: AKN requires one; the year 0001 marks it unknown.
  return { date: '0001-01-01', name: 'unknown' };
}

/** Assigns AKN eIds (naming convention: `chp_1`, `chp_1__sec_2`, `art_12`, `art_12__para_2`), unique. */
class EIds {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  /** The next ordinal for `prefix` under `parent` (for elements without a number). */
  next(parent: string, prefix: string): number {
    const key = `${parent}|${prefix}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  make(parent: string, prefix: string, number: number | undefined): string {
    const ordinal = this.next(parent, prefix);
    const base = `${parent ? `${parent}__` : ''}${prefix}_${number ?? ordinal}`;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}_${k}`;
    this.used.add(id);
    return id;
  }
}

function paragraphsOf(node: Node): string[] {
  const text = [node.title, node.text].filter((t): t is string => t !== undefined && t !== '');
  // A run-in title is the first sentence of the text: keep them together in one <p>.
  return text.length ? [text.join('')] : [];
}

interface Context {
  xml: Xml;
  eids: EIds;
}

function writeContent(ctx: Context, paragraphs: readonly string[]): void {
  ctx.xml.open('content');
  if (paragraphs.length === 0) ctx.xml.empty('p', {});
  for (const p of paragraphs) ctx.xml.text('p', p);
  ctx.xml.close('content');
}

function writeTable(ctx: Context, node: Node, parent: string): void {
  const eId = ctx.eids.make(parent, 'table', undefined);
  ctx.xml.open('table', { eId });
  for (const row of node.rows ?? []) {
    ctx.xml.open('tr');
    for (const cell of row) {
      ctx.xml.open('td');
      ctx.xml.text('p', cell);
      ctx.xml.close('td');
    }
    ctx.xml.close('tr');
  }
  ctx.xml.close('table');
}

function writeIntro(ctx: Context, paragraphs: readonly string[]): void {
  if (paragraphs.length === 0) return;
  ctx.xml.open('intro');
  for (const p of paragraphs) ctx.xml.text('p', p);
  ctx.xml.close('intro');
}

/** A node as a generic hcontainer (points 一、, panels, unnumbered headings, loose text). */
function writeHcontainer(ctx: Context, node: Node, parent: string, name: string): void {
  const eId = ctx.eids.make(parent, 'hcontainer', undefined);
  ctx.xml.open('hcontainer', { eId, name, class: node.id });
  if (node.label) ctx.xml.text('num', node.label);
  if (node.title) ctx.xml.text('heading', node.title);
  const own = node.text ? [node.text] : [];
  if (node.children.length === 0) writeContent(ctx, own);
  else {
    writeIntro(ctx, own);
    for (const child of node.children) writeNode(ctx, child, eId, false);
  }
  ctx.xml.close('hcontainer');
}

/** Types whose title is a run-in first sentence (part of the text), not a heading. */
const RUN_IN = new Set<NodeType>(['paragraph', 'item', 'subitem']);

function writeHier(ctx: Context, node: Node, parent: string): void {
  const spec = HIER[node.type]!;
  // Articles are numbered through the whole text: their eId starts afresh (`art_12`).
  const scope = node.type === 'article' ? '' : parent;
  const eId = ctx.eids.make(scope, spec.prefix, node.number);
  ctx.xml.open(spec.element, { eId, class: node.id });
  if (node.label) ctx.xml.text('num', node.label);
  if (node.title && !RUN_IN.has(node.type)) ctx.xml.text('heading', node.title);
  const own = RUN_IN.has(node.type) ? paragraphsOf(node) : node.text ? [node.text] : [];
  if (node.children.length === 0) writeContent(ctx, own);
  else if (RUN_IN.has(node.type)) {
    // Items under a paragraph form a list: <list><intro><p>…</p></intro><point>…</point></list>.
    const listId = ctx.eids.make(eId, 'list', undefined);
    ctx.xml.open('list', { eId: listId });
    writeIntro(ctx, own);
    for (const child of node.children) writeNode(ctx, child, listId, false);
    ctx.xml.close('list');
  } else {
    writeIntro(ctx, own);
    for (const child of node.children) writeNode(ctx, child, eId, false);
  }
  ctx.xml.close(spec.element);
}

/**
 * One node. `blocksAllowed` is true where AKN accepts bare `<p>` (mainBody); inside hierarchical
 * containers loose text becomes an `hcontainer name="text"`.
 */
function writeNode(ctx: Context, node: Node, parent: string, blocksAllowed: boolean): void {
  if (HIER[node.type]) return writeHier(ctx, node, parent);
  if (node.type === 'table') {
    if (blocksAllowed) return writeTable(ctx, node, parent);
    const eId = ctx.eids.make(parent, 'hcontainer', undefined);
    ctx.xml.open('hcontainer', { eId, name: 'table', class: node.id });
    ctx.xml.open('content');
    writeTable(ctx, node, eId);
    ctx.xml.close('content');
    ctx.xml.close('hcontainer');
    return;
  }
  if (node.type === 'text' && node.children.length === 0 && blocksAllowed) {
    for (const p of paragraphsOf(node)) ctx.xml.text('p', p, { class: node.id });
    return;
  }
  writeHcontainer(ctx, node, parent, node.type);
}

function identification(xml: Xml, doc: PolicyDocument, type: 'act' | 'doc', options: AkomaNtosoOptions): void {
  const work = workDate(doc);
  const expressionDate = doc.meta.dates.published ?? work.date;
  const manifestationDate = options.generated ?? expressionDate;
  const subtype = doc.kind;
  const workUri = `/akn/cn/${type}/${subtype}/${work.date}/${workName(doc)}`;
  const expressionUri = `${workUri}/zho@${expressionDate}`;
  xml.open('identification', { source: '#zhengce' });
  xml.open('FRBRWork');
  xml.empty('FRBRthis', { value: `${workUri}/!main` });
  xml.empty('FRBRuri', { value: workUri });
  xml.empty('FRBRdate', { date: work.date, name: work.name });
  xml.empty('FRBRauthor', { href: doc.meta.issuer ? '#issuer' : '#unknown' });
  xml.empty('FRBRcountry', { value: 'cn' });
  xml.empty('FRBRsubtype', { value: subtype });
  if (doc.meta.docNumber) xml.empty('FRBRnumber', { value: doc.meta.docNumber.raw, showAs: doc.meta.docNumber.raw });
  else if (doc.meta.announcement) xml.empty('FRBRnumber', { value: String(doc.meta.announcement.number), showAs: doc.meta.announcement.raw });
  if (doc.meta.title) xml.empty('FRBRname', { value: doc.meta.title });
  xml.close('FRBRWork');
  xml.open('FRBRExpression');
  xml.empty('FRBRthis', { value: `${expressionUri}/!main` });
  xml.empty('FRBRuri', { value: expressionUri });
  xml.empty('FRBRdate', { date: expressionDate, name: doc.meta.dates.published ? 'publication' : work.name });
  xml.empty('FRBRauthor', { href: doc.meta.issuer ? '#issuer' : '#unknown' });
  xml.empty('FRBRlanguage', { language: 'zho' });
  xml.close('FRBRExpression');
  xml.open('FRBRManifestation');
  xml.empty('FRBRthis', { value: `${expressionUri}/!main.xml` });
  xml.empty('FRBRuri', { value: `${expressionUri}.akn` });
  xml.empty('FRBRdate', { date: manifestationDate, name: 'transform' });
  xml.empty('FRBRauthor', { href: '#zhengce' });
  xml.close('FRBRManifestation');
  xml.close('identification');
}

function references(xml: Xml, doc: PolicyDocument): void {
  xml.open('references', { source: '#zhengce' });
  xml.empty('TLCOrganization', { eId: 'zhengce', href: '/akn/ontology/organization/zhengce', showAs: 'Zhengce' });
  if (doc.meta.issuer) {
    xml.empty('TLCOrganization', {
      eId: 'issuer',
      href: `/akn/ontology/organization/cn/${fnv1a(doc.meta.issuer)}`,
      showAs: doc.meta.issuer,
    });
  } else {
    xml.empty('TLCOrganization', { eId: 'unknown', href: '/akn/ontology/organization/unknown', showAs: 'unknown' });
  }
  xml.close('references');
}

/** Whether a node starts the body of an act (a hierarchical division), rather than preamble text. */
const isDivision = (node: Node): boolean => ['part', 'chapter', 'section', 'article'].includes(node.type);

/**
 * Export a parsed document to Akoma Ntoso 3.0 (OASIS LegalDocML) XML.
 *
 * - Regulations become `<act name="regulation">`: `<meta>` (identification with FRBRWork,
 *   FRBRExpression, FRBRManifestation; references), `<preface>` with the `<docTitle>`,
 *   `<preamble>` for text before the first division (announcement, history line), `<body>` with
 *   `part`/`chapter`/`section`/`article`/`paragraph`, items （一） and 1. as `<point>` inside a
 *   `<list>` with the paragraph's text as `<intro>`.
 * - Every other kind (decision, resolution, plan, report …) becomes `<doc name="<kind>">` with a
 *   `<mainBody>`: points 一、, panels and headings as `<hcontainer name="point|panel|heading">`,
 *   running text as `<p>`, tables as `<table>`.
 *
 * eIds follow the AKN naming convention (`chp_1`, `chp_1__sec_2`, `art_12`, `art_12__para_2`,
 * `art_12__para_1__list_1__point_3`) and are unique; each element's `class` holds the node's
 * Zhengce id, so anchors map both ways. All text and attribute values are XML-escaped.
 *
 * @param doc - a parsed document (one of a gazette's `documents`, or a `parseDocument` result)
 * @param options - {@link AkomaNtosoOptions}
 * @returns the XML document, with an XML declaration
 * @example
 * const xml = toAkomaNtoso(parseRegulation(text));
 * // <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
 * //   <act name="regulation"> … <article eId="art_1" class="article-1"><num>第一条</num> …
 */
export function toAkomaNtoso(doc: PolicyDocument, options: AkomaNtosoOptions = {}): string {
  const xml = new Xml(options.indent !== false);
  const type = doc.kind === 'regulation' ? 'act' : 'doc';
  const ctx: Context = { xml, eids: new EIds() };
  xml.lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  xml.open('akomaNtoso', { xmlns: AKN_NAMESPACE });
  xml.open(type, { name: doc.kind });
  xml.open('meta');
  identification(xml, doc, type, options);
  references(xml, doc);
  xml.close('meta');
  if (doc.meta.title) {
    xml.open('preface');
    xml.open('longTitle', { eId: 'longTitle' });
    xml.open('p');
    xml.text('docTitle', doc.meta.title);
    xml.close('p');
    xml.close('longTitle');
    xml.close('preface');
  }
  if (type === 'act') {
    const first = doc.children.findIndex(isDivision);
    const lead = first === -1 ? doc.children : doc.children.slice(0, first);
    const rest = first === -1 ? [] : doc.children.slice(first);
    const preamble = lead.flatMap((n) => [n, ...n.children]).filter((n) => n.title || n.text || n.rows);
    if (preamble.length) {
      xml.open('preamble');
      for (const n of preamble) {
        if (n.rows) writeTable(ctx, n, 'preamble');
        else xml.text('p', [n.label, n.title, n.text].filter(Boolean).join(' '), { class: n.id });
      }
      xml.close('preamble');
    }
    xml.open('body');
    if (rest.length === 0) {
      // AKN requires at least one element in <body>.
      const eId = ctx.eids.make('', 'hcontainer', undefined);
      xml.open('hcontainer', { eId, name: 'empty' });
      writeContent(ctx, []);
      xml.close('hcontainer');
    }
    for (const node of rest) writeNode(ctx, node, '', false);
    xml.close('body');
  } else {
    xml.open('mainBody');
    if (doc.children.length === 0) xml.empty('p', {});
    for (const node of doc.children) writeNode(ctx, node, '', true);
    xml.close('mainBody');
  }
  xml.close(type);
  xml.close('akomaNtoso');
  return xml.toString() + '\n';
}
