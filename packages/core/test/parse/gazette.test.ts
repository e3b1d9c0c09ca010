import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GazetteSchema, parseDocument, parseGazette, safeParseGazette, type Gazette } from '../../src/index.js';
import { FIXTURES, ofType, seed } from '../helpers.js';

/** Reviewed by hand against the source: every title, kind and first line. */
const golden: Array<{ line: number; kind: string; title: string }> = JSON.parse(
  readFileSync(`${FIXTURES}golden/003-gazette-documents.json`, 'utf8'),
);

describe('003 gazette (two-column PDF extraction)', () => {
  const result = parseDocument(seed('gazette'));
  const gazette = result as Gazette;

  it('is recognized as a gazette, with its name and issue from the running header', () => {
    expect(result.kind).toBe('gazette');
    expect(gazette.profile).toBe('pdf');
    expect(gazette.meta).toEqual({ title: '山西省人民代表大会常务委员会公报', year: 2021, issue: 2 });
    expect(gazette.diagnostics.filter((d) => d.code === 'furniture-removed').length).toBeGreaterThanOrEqual(10);
  });

  it('bundles 39 documents with their titles and kinds, in order', () => {
    expect(gazette.documents.map((d) => ({ line: d.position.start.line, kind: d.kind, title: d.meta.title }))).toEqual(golden);
  });

  it('has three regulations (办法) with 50, 27 and 49 articles in chapters', () => {
    const regulations = gazette.documents.filter((d) => d.kind === 'regulation');
    expect(regulations.map((d) => ofType(d.children, 'article').length)).toEqual([50, 27, 49]);
    expect(regulations.map((d) => d.children.filter((n) => n.type === 'chapter').length)).toEqual([7, 6, 7]);
    for (const regulation of regulations) {
      const numbers = ofType(regulation.children, 'article').map((a) => a.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(regulation.meta.dates).toMatchObject({ adopted: '2021-01-23', effective: '2021-03-01' });
    }
    // The first one's history: adopted 1993, amended twice, revised 2021.
    expect(regulations[0]!.meta.history.map((h) => [h.date, h.event])).toEqual([
      ['1993-05-12', 'adopted'],
      ['1995-05-18', 'amended'],
      ['2015-11-26', 'amended'],
      ['2021-01-23', 'revised'],
    ]);
  });

  it('contains the 14th plan outline with its chapters, sections and 25 专栏 panels', () => {
    const plan = gazette.documents.find((d) => d.kind === 'plan')!;
    expect(plan.meta.title).toBe('山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(plan.children.filter((n) => n.type === 'chapter')).toHaveLength(14);
    expect(ofType(plan.children, 'section')).toHaveLength(67);
    expect(ofType(plan.children, 'panel').map((p) => p.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('rejoins chapter headings broken across PDF lines: they equal the web copy’s (002)', () => {
    const plan = gazette.documents.find((d) => d.kind === 'plan')!;
    const web = parseDocument(seed('plan14'));
    const titles = (nodes: typeof plan.children) => nodes.filter((n) => n.type === 'chapter').map((c) => c.title);
    expect(titles(plan.children)).toEqual(titles((web as typeof plan).children));
  });

  it('finds the 20 glossary panels of the annual plan report', () => {
    const report = gazette.documents.find((d) => d.meta.title?.includes('国民经济和社会发展计划草案的报告'))!;
    const panels = ofType(report.children, 'panel');
    expect(panels.map((p) => p.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(panels[12]!.title).toBe('六大提升行动');
  });

  it('validates against the schema and parses deterministically', () => {
    expect(() => GazetteSchema.parse(result)).not.toThrow();
    expect(parseDocument(seed('gazette'))).toEqual(result);
  });

  it('parseGazette refuses a text that bundles nothing, with a typed error', () => {
    const outcome = safeParseGazette('这是一段普通的文字，没有任何标题。');
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.code).toBe('not-a-gazette');
    expect(parseGazette(seed('gazette')).documents).toHaveLength(39);
  });
});
