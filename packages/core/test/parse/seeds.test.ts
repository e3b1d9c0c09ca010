import { describe, expect, it } from 'vitest';
import { DocumentSchema, parseDocument, type PolicyDocument } from '../../src/index.js';
import { asDocument, ofType, seed } from '../helpers.js';

const parse = (name: Parameters<typeof seed>[0]): PolicyDocument => asDocument(parseDocument(seed(name), { gazette: 'never' }));

describe('004 regulation (PDF text, lines broken mid-sentence)', () => {
  const doc = parse('regulation');

  it('reads the announcement and the regulation’s metadata', () => {
    expect(doc.kind).toBe('regulation');
    expect(doc.profile).toBe('pdf');
    expect(doc.meta.title).toBe('山西省制造业高质量发展促进条例');
    expect(doc.meta.announcement).toMatchObject({ number: 21, issuer: '山西省人民代表大会常务委员会' });
    expect(doc.meta.issuer).toBe('山西省人民代表大会常务委员会');
    expect(doc.meta.dates).toMatchObject({ adopted: '2024-03-28', effective: '2024-05-01' });
  });

  it('finds 43 articles numbered 1..43, with no numbering diagnostics', () => {
    const articles = ofType(doc.children, 'article');
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(doc.diagnostics.filter((d) => d.code.startsWith('numbering'))).toEqual([]);
  });

  it('splits 款 and rejoins lines broken inside sentences', () => {
    const articles = ofType(doc.children, 'article');
    const fifth = articles[4]!;
    expect(fifth.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expect(fifth.children[0]!.text).toBe('县级以上人民政府工业和信息化主管部门负责本行政区域内制造业高质量发展的组织、协调、促进等工作。');
    expect(articles[0]!.children[0]!.text).toBe(
      '为了推进新型工业化，积极培育和发展新质生产力，促进制造业高质量发展，构建以制造业为支撑的现代化产业体系，根据有关法律、行政法规，结合本省实际，制定本条例。',
    );
    expect(articles[42]!.children[0]!.text).toBe('本条例自2024年5月1日起施行。');
  });

  it('separates an article the PDF ran into the previous line (第十八条, 第二十条)', () => {
    const articles = ofType(doc.children, 'article');
    expect(articles[16]!.children.at(-1)!.text).toMatch(/承接创新成果转化落地。$/);
    expect(articles[17]!.children[0]!.text).toMatch(/^省人民政府应当制定优惠政策/);
  });
});

describe('000 decision (markdown with YAML front matter)', () => {
  const doc = parse('decision');

  it('reads front matter and the adoption line', () => {
    expect(doc.kind).toBe('decision');
    expect(doc.profile).toBe('markdown');
    expect(doc.meta.title).toBe('山西省人民代表大会常务委员会关于因地制宜发展新质生产力的决定');
    expect(doc.meta.issuer).toBe('山西省人民代表大会常务委员会');
    expect(doc.meta.dates).toEqual({ adopted: '2025-09-24', published: '2025-09-24', effective: '2025-09-24' });
    expect(doc.meta.history).toEqual([
      {
        date: '2025-09-24',
        event: 'adopted',
        body: '山西省第十四届人民代表大会常务委员会第二十四次会议',
        raw: '2025年9月24日山西省第十四届人民代表大会常务委员会第二十四次会议通过',
      },
    ]);
  });

  it('finds its eight numbered points', () => {
    const points = ofType(doc.children, 'point');
    expect(points.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(points.map((p) => p.label)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    // Run-in titles: the first short sentence of a point or paragraph.
    expect(points[2]).toMatchObject({ title: '大力推进科技创新。' });
    expect(points[2]!.text).toMatch(/^深入实施科教兴省/);
    expect(points[0]!.title).toBeUndefined();
    const runIn = points[2]!.children.map((c) => c.title);
    expect(runIn).toEqual(['加大科技创新投入。', '加强基础研究和关键核心技术攻关。', '推动科技成果转化。']);
  });
});

describe('002 plan (web page, tables lost)', () => {
  const doc = parse('plan14');

  it('reads the web metadata block', () => {
    expect(doc.kind).toBe('plan');
    expect(doc.profile).toBe('web');
    expect(doc.meta.docNumber).toEqual({ raw: '晋政发〔2021〕7号', agency: '晋政发', year: 2021, serial: 7 });
    expect(doc.meta.dates.written).toBe('2021-04-09');
    expect(doc.meta.dates.published).toBe('2021-04-13');
    expect(doc.meta.issuer).toBe('山西省人民政府');
    expect(doc.meta.indexNumber).toBe('012150SX00100/2021-00175');
  });

  it('has 14 chapters and 67 sections, each section under its chapter', () => {
    const chapters = doc.children.filter((n) => n.type === 'chapter');
    expect(chapters.map((c) => c.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const sections = ofType(doc.children, 'section');
    expect(sections).toHaveLength(67);
    for (const chapter of chapters) {
      const own = chapter.children.filter((c) => c.type === 'section');
      expect(own.map((s) => s.number)).toEqual(own.map((_, i) => i + 1));
    }
    expect(chapters.reduce((n, c) => n + c.children.filter((s) => s.type === 'section').length, 0)).toBe(67);
  });

  it('keeps the table of contents as one node, not as headings', () => {
    const toc = doc.children.find((n) => n.type === 'heading' && n.label === '目录');
    expect(toc?.children.length).toBeGreaterThan(80);
    expect(doc.diagnostics.map((d) => d.code)).toContain('toc-skipped');
  });
});

describe('001 plan (markdown-ish, inconsistent heading levels)', () => {
  const doc = parse('plan15');

  it('reads 文号, issuer and the signing date', () => {
    expect(doc.kind).toBe('plan');
    expect(doc.meta.docNumber?.raw).toBe('晋政发〔2026〕4号');
    expect(doc.meta.issuer).toBe('山西省人民政府');
    expect(doc.meta.dates.signed).toBe('2026-03-26');
  });

  it('finds 17 chapters and 70 sections numbered continuously, whatever their markdown level', () => {
    const chapters = doc.children.filter((n) => n.type === 'chapter');
    expect(chapters.map((c) => c.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const sections = ofType(doc.children, 'section');
    expect(sections.map((s) => s.number)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    for (const section of sections) expect(doc.children.some((c) => c.children.includes(section))).toBe(true);
  });

  it('finds every 专栏 panel as a panel node', () => {
    const panels = ofType(doc.children, 'panel');
    expect(panels.map((p) => p.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(panels[1]!.title).toBe('能源生产供应重大项目');
    expect(panels[0]!.children.some((c) => c.type === 'table')).toBe(true);
  });

  it('reports the anomalies of its headings as diagnostics', () => {
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).toContain('label-corrected'); // 第二十章 written for 第二十节
    expect(codes).toContain('heading-reversed'); // …第十七章 written after its title
    const reversed = doc.diagnostics.find((d) => d.code === 'heading-reversed')!;
    expect(reversed.position?.start.line).toBe(1326);
  });
});

describe('every seed', () => {
  it.each(['decision', 'plan15', 'plan14', 'regulation'] as const)('%s validates against the zod schema and parses deterministically', (name) => {
    const first = parse(name);
    expect(() => DocumentSchema.parse(first)).not.toThrow();
    expect(parse(name)).toEqual(first);
  });
});
