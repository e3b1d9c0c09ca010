import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, parseDocument, toHtml, toMarkdown, type Node, type ParseResult } from '../../src/index.js';
import { allNodes, asDocument, seed } from '../helpers.js';
import { parseXml } from '../interchange/xml-checker.js';

const regulation = asDocument(parseDocument(seed('regulation')));
const decision = asDocument(parseDocument(seed('decision')));
const plan = asDocument(parseDocument(seed('plan15')));
const gazette = parseDocument(seed('gazette'));
const HOSTILE = '关于<script>alert(1)</script>的决定\n\n一、<img src=x onerror=alert(2)> & "引号" 内容。\n二、**粗体** [链接](javascript:alert(3)) # 标题 `代码`';
const hostile = parseDocument(HOSTILE);
const md = new MarkdownIt({ html: true });

const ids = (result: ParseResult): string[] =>
  result.kind === 'gazette'
    ? result.documents.flatMap((d, i) => allNodes(d.children).flatMap((n: Node) => (n.id ? [`doc-${i + 1}.${n.id}`] : [])))
    : allNodes(result.children).flatMap((n) => (n.id ? [n.id] : []));

describe('toHtml', () => {
  it('renders every node id as an element id, exactly once (004, 000, 001, 003)', () => {
    for (const result of [regulation, decision, plan, gazette]) {
      const html = toHtml(result);
      const found = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
      for (const id of ids(result)) expect(found.filter((f) => f === id).length, id).toBe(1);
      expect(new Set(found).size).toBe(found.length);
    }
  });

  it('has a nav outline whose links all resolve', () => {
    const html = toHtml(plan);
    const nav = /<nav aria-label="目录">([\s\S]*?)<\/nav>/.exec(html)![1]!;
    const links = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(17);
    for (const link of links) expect(html).toContain(` id="${link}"`);
    expect(nav).toContain('第一章 坚定有序推进转型发展');
  });

  it('is well-formed markup with article text in order', () => {
    const html = toHtml(regulation);
    expect(() => parseXml(html)).not.toThrow();
    expect(html).toContain('<span class="zc-label">第一条</span>为了推进新型工业化');
    expect(html.indexOf('id="article-2"')).toBeLessThan(html.indexOf('id="article-3"'));
  });

  it('escapes hostile text: no tag or attribute from the input survives', () => {
    const html = toHtml(hostile, { standalone: true });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toMatch(/&lt;img src=x onerror=alert[(（]2[)）]&gt; ?&amp; ?&quot;引号&quot;/);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('prefixes ids per document in a gazette and links the documents', () => {
    const html = toHtml(gazette);
    expect(html).toContain('<div class="zc-gazette"');
    expect(html).toContain('<a href="#doc-1">');
    expect(html).toContain('id="doc-3.article-1"');
  });
});

describe('toMarkdown', () => {
  it('writes headings by level with <a id> anchors, articles led by their bold label', () => {
    const text = toMarkdown(plan);
    expect(text.startsWith('# 山西省人民政府关于印发')).toBe(true);
    expect(text).toMatch(/^## <a id="chapter-1"><\/a>第一章 坚定有序推进转型发展$/m);
    expect(text).toMatch(/^### <a id="[^"]*section-1"><\/a>第一节 /m);
    const reg = toMarkdown(regulation);
    expect(reg).toContain('<a id="article-1"></a><a id="article-1.paragraph-1"></a>**第一条**　为了推进新型工业化');
  });

  it('keeps every anchor through a CommonMark renderer, once each', () => {
    for (const result of [regulation, decision, plan]) {
      const html = md.render(toMarkdown(result));
      const found = [...html.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
      expect(found.sort()).toEqual(ids(result).sort());
    }
  });

  it('escapes hostile text: rendered Markdown has no tag, link or emphasis from the input', () => {
    const out = toMarkdown(hostile);
    const html = md.render(out);
    expect(html).not.toMatch(/<script|<img|<a href|<h\d>标题|<code>/i);
    expect(html).toMatch(/&lt;script&gt;alert[(（]1[)）]&lt;\/script&gt;/);
    expect(html).toContain('[链接]');
  });

  it('escapeMarkdown neutralizes block starts and inline markers', () => {
    const html = md.render(escapeMarkdown('# 非标题\n1. 非列表\n- 非列表\n> 非引用\n    非代码 *非强调* <b>'));
    expect(html).not.toMatch(/<h1>|<ol>|<ul>|<blockquote>|<pre>|<em>|<b>/);
  });

  it('renders a gazette as one section per document with prefixed anchors', () => {
    const out = toMarkdown(gazette);
    expect(out).toMatch(/^## <a id="doc-1"><\/a>/m);
    expect(out).toContain('<a id="doc-3.article-1"></a>');
  });
});
