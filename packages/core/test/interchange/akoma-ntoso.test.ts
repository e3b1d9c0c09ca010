import { describe, expect, it } from 'vitest';
import { AKN_NAMESPACE, escapeMarkup, parseDocument, toAkomaNtoso, type PolicyDocument } from '../../src/index.js';
import { asDocument, ofType, seed } from '../helpers.js';
import { elements, parseXml, textOf, type XmlElement } from './xml-checker.js';

const regulation = asDocument(parseDocument(seed('regulation')));
const decision = asDocument(parseDocument(seed('decision')));
const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
const names = (e: XmlElement | undefined) => e?.children.map((c) => c.name) ?? [];

/** AKN naming convention for the eIds we produce: `chp_1`, `art_12__para_2`, `hcontainer_3`. */
const EID = /^(?:(?:part|chp|sec|art|para|point|list|hcontainer|table)_\d+(?:_\d+)?)(?:__(?:part|chp|sec|art|para|point|list|hcontainer|table)_\d+(?:_\d+)?)*$|^longTitle$/;

function checkStructure(xml: string, type: 'act' | 'doc', name: string): XmlElement {
  const root = parseXml(xml);
  expect(root.name).toBe('akomaNtoso');
  expect(root.attributes.xmlns).toBe(AKN_NAMESPACE);
  expect(names(root)).toEqual([type]);
  const top = root.children[0]!;
  expect(top.attributes.name).toBe(name);
  const order = names(top);
  expect(order[0]).toBe('meta');
  expect(order.at(-1)).toBe(type === 'act' ? 'body' : 'mainBody');
  // AKN's sequence: meta, coverPage?, preface?, preamble?, body|mainBody.
  const allowed = type === 'act' ? ['meta', 'preface', 'preamble', 'body'] : ['meta', 'preface', 'mainBody'];
  expect(order.map((n) => allowed.indexOf(n))).toEqual([...order.map((n) => allowed.indexOf(n))].sort((a, b) => a - b));
  expect(order.every((n) => allowed.includes(n))).toBe(true);
  const identification = child(child(top, 'meta')!, 'identification')!;
  expect(identification.attributes.source).toBe('#zhengce');
  expect(names(identification)).toEqual(['FRBRWork', 'FRBRExpression', 'FRBRManifestation']);
  const work = names(child(identification, 'FRBRWork'));
  expect(work.slice(0, 5)).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRcountry']);
  expect(child(child(identification, 'FRBRWork')!, 'FRBRcountry')!.attributes.value).toBe('cn');
  expect(names(child(identification, 'FRBRExpression'))).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRlanguage']);
  expect(child(child(identification, 'FRBRExpression')!, 'FRBRlanguage')!.attributes.language).toBe('zho');
  expect(names(child(identification, 'FRBRManifestation'))).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor']);
  for (const e of elements(root).filter((x) => x.name === 'FRBRdate')) expect(e.attributes.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // Every href to a #reference resolves to a TLC entry in <references>.
  const refs = new Set(elements(child(top, 'meta')!).filter((e) => e.name.startsWith('TLC')).map((e) => e.attributes.eId));
  for (const e of elements(root)) if (e.attributes.href?.startsWith('#')) expect(refs.has(e.attributes.href.slice(1))).toBe(true);
  // eIds: unique and following the naming convention.
  const eIds = elements(root).map((e) => e.attributes.eId).filter((id): id is string => id !== undefined && !refs.has(id));
  expect(new Set(eIds).size).toBe(eIds.length);
  for (const id of eIds) expect(id).toMatch(EID);
  // Hierarchical elements: num/heading first, then content XOR (intro?, children).
  for (const e of elements(root).filter((x) => ['article', 'paragraph', 'point', 'chapter', 'section', 'hcontainer', 'list'].includes(x.name))) {
    const kids = names(e).filter((n) => n !== 'num' && n !== 'heading');
    expect(names(e).slice(0, names(e).length - kids.length)).toEqual(names(e).filter((n) => n === 'num' || n === 'heading'));
    if (kids.includes('content')) expect(kids).toEqual(['content']);
    else expect(kids.length).toBeGreaterThan(0);
  }
  return top;
}

describe('toAkomaNtoso: 004 regulation', () => {
  const xml = toAkomaNtoso(regulation);
  const act = checkStructure(xml, 'act', 'regulation');

  it('has the docTitle in the preface and the announcement in the preamble', () => {
    expect(textOf(child(act, 'preface')!)).toContain('山西省制造业高质量发展促进条例');
    expect(elements(child(act, 'preface')!).some((e) => e.name === 'docTitle')).toBe(true);
    expect(textOf(child(act, 'preamble')!)).toContain('山西省人民代表大会常务委员会公告');
    expect(xml).toContain('<FRBRdate date="2024-03-28" name="adoption"/>');
  });

  it('contains every article of 004, numbered art_1…art_43, with its text', () => {
    const articles = elements(child(act, 'body')!).filter((e) => e.name === 'article');
    const source = ofType(regulation.children, 'article');
    expect(articles).toHaveLength(43);
    expect(articles.map((a) => a.attributes.eId)).toEqual(source.map((_, i) => `art_${i + 1}`));
    articles.forEach((article, i) => {
      expect(child(article, 'num')!.text).toBe(source[i]!.label);
      const text = textOf(article).replace(/\s+/g, '');
      for (const p of ofType(source[i]!.children, 'paragraph')) expect(text).toContain(p.text!.replace(/\s+/g, ''));
    });
    const fifth = articles[4]!;
    expect(fifth.children.filter((c) => c.name === 'paragraph').map((p) => p.attributes.eId)).toEqual(['art_5__para_1', 'art_5__para_2']);
    expect(textOf(articles[42]!)).toContain('本条例自2024年5月1日起施行。');
  });
});

describe('toAkomaNtoso: 000 decision', () => {
  const xml = toAkomaNtoso(decision);
  const doc = checkStructure(xml, 'doc', 'decision');

  it('puts points 一、…八、 in hcontainers with their numbers, and running text as <p>', () => {
    const points = elements(child(doc, 'mainBody')!).filter((e) => e.name === 'hcontainer' && e.attributes.name === 'point');
    expect(points.map((p) => child(p, 'num')!.text)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(names(child(doc, 'mainBody')).filter((n) => n === 'p').length).toBeGreaterThanOrEqual(2);
    expect(textOf(child(doc, 'mainBody')!)).toContain('本决定自公布之日起施行。');
  });
});

describe('toAkomaNtoso: hostile and degenerate input', () => {
  it('escapes text and attribute values', () => {
    const doc = asDocument(parseDocument('关于<script>alert("x")</script>&的决定\n\n一、第一点 a<b & c>d "q" \'s\'。\n二、第二点。'));
    const xml = toAkomaNtoso(doc);
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).not.toContain('<script>');
    expect(textOf(parseXml(xml))).toContain('关于<script>alert（"x"）</script>&的决定');
    expect(textOf(parseXml(xml))).toContain('"q"\'s\'');
  });

  it('writes a valid act for a regulation without divisions or dates', () => {
    const doc: PolicyDocument = { ...regulation, children: [], meta: { dates: {}, history: [] } };
    const act = checkStructure(toAkomaNtoso(doc), 'act', 'regulation');
    expect(names(child(act, 'body'))).toEqual(['hcontainer']);
  });

  it('escapeMarkup replaces exactly the five XML specials', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeMarkup('第一条　正文')).toBe('第一条　正文');
  });

  it('the XML checker fails on broken XML (known-bad inputs)', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x < y</a>')).toThrow();
    expect(() => parseXml('<a>AT&T</a>')).toThrow();
    expect(() => parseXml('<a x=1></a>')).toThrow();
    expect(() => parseXml('<a></a><b></b>')).toThrow();
  });
});
