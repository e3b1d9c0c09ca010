import { describe, expect, it } from 'vitest';
import { parseDocument, parseRegulation, type Node } from '../../src/index.js';
import { asDocument, ofType } from '../helpers.js';

const parse = (text: string) => asDocument(parseDocument(text, { gazette: 'never' }));
const labels = (nodes: readonly Node[]) => nodes.map((n) => `${n.type}:${n.number ?? ''}`);

describe('constructed variants of document structure', () => {
  it('reads a regulation without chapters: articles with 款, 项 and 目', () => {
    const doc = parse(
      [
        '某某市物业管理办法',
        '第一条 为了规范物业管理活动，制定本办法。',
        '第二条 物业服务企业应当履行下列义务：',
        '（一）按照合同提供服务；',
        '（二）接受业主监督：',
        '1.公开服务标准；',
        '2.公开收费项目。',
        '违反前款规定的，由主管部门责令改正。',
        '第三条 本办法自2025年1月1日起施行。',
      ].join('\n'),
    );
    expect(doc.kind).toBe('regulation');
    expect(labels(doc.children)).toEqual(['heading:', 'article:1', 'article:2', 'article:3']);
    const second = doc.children[2]!;
    expect(second.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    const [first, last] = second.children;
    expect(labels(first!.children)).toEqual(['item:1', 'item:2']);
    expect(labels(first!.children[1]!.children)).toEqual(['subitem:1', 'subitem:2']);
    expect(last!.text).toBe('违反前款规定的，由主管部门责令改正。');
    expect(doc.meta.dates.effective).toBe('2025-01-01');
  });

  it('reads 编 > 章 > 节 > 条, with letter-spaced headings', () => {
    const doc = parse(
      [
        '第一编　总　则',
        '第一章　一般规定',
        '第一节　适用范围',
        '第一条　本法适用于全省。',
        '第二节　基本原则',
        '第二条　坚持依法行政。',
        '第二章　附　则',
        '第三条　本法自公布之日起施行。',
      ].join('\n'),
    );
    const part = doc.children[0]!;
    expect(part).toMatchObject({ type: 'part', number: 1, title: '总则' });
    expect(labels(part.children)).toEqual(['chapter:1', 'chapter:2']);
    expect(labels(part.children[0]!.children)).toEqual(['section:1', 'section:2']);
    expect(part.children[1]!.title).toBe('附则');
    expect(ofType(doc.children, 'article').map((a) => a.number)).toEqual([1, 2, 3]);
  });

  it('takes an article number alone on its line as the label of the text that follows', () => {
    const doc = parse(['第一条', '为了保护环境，制定本条例。', '第二条', '本条例自公布之日起施行。'].join('\n'));
    const articles = ofType(doc.children, 'article');
    expect(articles.map((a) => a.number)).toEqual([1, 2]);
    expect(articles[0]!.children[0]!.text).toBe('为了保护环境，制定本条例。');
  });

  it('accepts ASCII parentheses and full-width digits in labels', () => {
    const doc = parse(['一、总体要求', '(一)指导思想。', '(二)基本原则。', '二、主要任务', '１.加快发展。', '２.深化改革。'].join('\n'));
    expect(labels(doc.children)).toEqual(['point:1', 'point:2']);
    expect(labels(doc.children[0]!.children)).toEqual(['item:1', 'item:2']);
    expect(doc.children[0]!.children[0]!.label).toBe('（一）');
    expect(labels(doc.children[1]!.children)).toEqual(['subitem:1', 'subitem:2']);
  });

  it('keeps a table of contents that repeats the chapter headings out of the tree', () => {
    const doc = parse(
      [
        '目  录',
        '第一章 发展基础',
        '第一节 发展成就',
        '第二章 主要任务',
        '第一章 发展基础',
        '第一节 发展成就',
        '“十三五”以来，全省经济持续健康发展，综合实力显著增强。',
        '第二章 主要任务',
        '第一节 推动转型',
        '坚持把转型发展作为主线，加快构建现代产业体系，不断提升发展质量。',
      ].join('\n'),
    );
    const toc = doc.children[0]!;
    expect(toc).toMatchObject({ type: 'heading', label: '目录' });
    expect(toc.children.map((c) => c.text)).toEqual(['第一章 发展基础', '第一节 发展成就', '第二章 主要任务']);
    expect(labels(doc.children.slice(1))).toEqual(['chapter:1', 'chapter:2']);
    expect(doc.diagnostics.filter((d) => d.code.startsWith('numbering'))).toEqual([]);
  });

  it('reads markdown headings at any level, bold headings and 专栏 panels', () => {
    const doc = parse(
      [
        '# 第一章 总体要求',
        '#### **第一节 发展环境**',
        '当前，发展面临新的机遇和挑战，必须准确把握形势变化。',
        '**专栏 1 重大工程**',
        '**能源。**续建甲煤矿、乙煤矿等项目；新建丙电厂。',
        '## 第二节 主要目标',
        '到2030年，地区生产总值年均增长5%左右。',
      ].join('\n'),
    );
    const chapter = doc.children[0]!;
    expect(labels(chapter.children)).toEqual(['section:1', 'section:2']);
    const panel = chapter.children[0]!.children[1]!;
    expect(panel).toMatchObject({ type: 'panel', number: 1, title: '重大工程' });
    expect(panel.children[0]).toMatchObject({ type: 'text', title: '能源。', text: '续建甲煤矿、乙煤矿等项目；新建丙电厂。' });
  });

  describe('专栏 panels set into numbered text end where the numbering outside them resumes', () => {
    const report = (...middle: string[]) =>
      parse(
        [
          '关于某某市2024年计划执行情况的报告',
          '一、2024年计划执行情况',
          '（一）经济稳定增长。全市地区生产总值增长5%。',
          '（二）改革深入推进。完成改革任务30项。',
          ...middle,
          '（三）民生持续改善。新增就业5万人。',
          '二、2025年主要目标',
          '地区生产总值增长5%左右。',
        ].join('\n'),
      );

    it('an item and a point after the panel go back to their own lists', () => {
      const doc = report('专栏1 “放管服”改革', '1.取消审批事项12项；', '2.下放审批事项8项。');
      expect(labels(doc.children)).toEqual(['heading:', 'point:1', 'point:2']);
      const [, first] = doc.children;
      expect(labels(first!.children)).toEqual(['item:1', 'item:2', 'panel:1', 'item:3']);
      expect(labels(first!.children[2]!.children)).toEqual(['subitem:1', 'subitem:2']);
    });

    it('two panels in a row are siblings, and a point after them closes both', () => {
      const doc = report('专栏1 甲', '1.甲一。', '专栏2 乙', '1.乙一。');
      const [, first] = doc.children;
      expect(labels(first!.children)).toEqual(['item:1', 'item:2', 'panel:1', 'panel:2', 'item:3']);
      expect(labels(doc.children)).toEqual(['heading:', 'point:1', 'point:2']);
    });

    it('a panel with its own items keeps the item that continues them', () => {
      const doc = report('专栏1 重点任务', '（一）甲任务。', '（二）乙任务。');
      const [, first] = doc.children;
      // （三） continues both lists; the panel's own, nearer one wins. 二、 still closes the panel.
      expect(labels(first!.children)).toEqual(['item:1', 'item:2', 'panel:1']);
      expect(labels(first!.children[2]!.children)).toEqual(['item:1', 'item:2', 'item:3']);
      expect(labels(doc.children)).toEqual(['heading:', 'point:1', 'point:2']);
    });
  });

  it('reports numbering gaps and duplicates as diagnostics with positions', () => {
    const doc = parseRegulation(['第一条 甲。', '第二条 乙。', '第二条 丙。', '第五条 丁。'].join('\n'));
    const found = doc.diagnostics.filter((d) => d.code.startsWith('numbering')).map((d) => [d.code, d.position?.start.line]);
    expect(found).toEqual([
      ['numbering-duplicate', 3],
      ['numbering-gap', 4],
    ]);
  });

  it('does not take a sentence that cites an article for an article heading', () => {
    const doc = parse(['第一条 本条例所称产品，是指经过加工的产品。', '第三条规定的情形除外，适用本条例。'].join('\n'));
    expect(ofType(doc.children, 'article')).toHaveLength(1);
  });

  it('rejoins a hard-wrapped PDF paragraph and keeps a short line as its end', () => {
    const line = '县级以上人民政府应当加强对制造业高质量发展工作的领导，建立健全统';
    const text = [line, '筹协调机制，研究解决重大问题，将所需经费列入本级财政预算。', ...Array.from({ length: 12 }, (_, i) => `第${i + 1}项工作要求各级人民政府加强对本行政区域内相关工作的领导和协调推进。`)].join('\n');
    const doc = parse(text);
    expect(doc.profile).toBe('pdf');
    expect(doc.children[0]!.text).toBe(line + '筹协调机制，研究解决重大问题，将所需经费列入本级财政预算。');
  });
});

describe('heading-unplaced', () => {
  const codes = (text: string) => parse(text).diagnostics.filter((d) => d.code === 'heading-unplaced');

  it('reports a section outside every chapter of a document that has chapters, and keeps it', () => {
    const text = '示范规划纲要\n第一节 失去章的节\n文字。\n第一章 总体要求\n第二节 发展目标\n文字。';
    const doc = parse(text);
    const found = codes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', data: { type: 'section', number: 1 } });
    expect(found[0]!.position!.start.line).toBe(2);
    expect(doc.children.some((n) => n.type === 'section' && n.title === '失去章的节')).toBe(true);
  });

  it('is silent for sections under their chapters and for documents without chapters', () => {
    expect(codes('示范规划纲要\n第一章 总体要求\n第一节 发展目标\n文字。')).toEqual([]);
    expect(codes('示范方案\n第一节 发展目标\n文字。\n第二节 主要任务\n文字。')).toEqual([]);
  });
});
