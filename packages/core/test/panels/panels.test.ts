import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractIndicatorTables, extractPanels, PanelSchema, SourceText, splitProjects, MappedText } from '../../src/index.js';
import { goldenName, seed, SEED_001, SEED_003 } from '../tables/seeds.js';

const text001 = seed(SEED_001);
const text003 = seed(SEED_003);
const panels001 = extractPanels(text001);
const panels003 = extractPanels(text003);

describe('golden files', () => {
  it.each([
    [SEED_001, panels001],
    [SEED_003, panels003],
  ])('%s matches its golden panels', (name, panels) => {
    const golden = JSON.parse(readFileSync(goldenName(name, 'panels'), 'utf8'));
    expect(JSON.parse(JSON.stringify(panels))).toEqual(golden);
  });

  it('every panel validates against the zod model', () => {
    for (const p of [...panels001, ...panels003]) expect(PanelSchema.safeParse(p).success).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractPanels(text003))).toBe(JSON.stringify(panels003));
  });
});

describe('tables handed over', () => {
  it.each([
    ['001', text001, panels001],
    ['003', text003, panels003],
  ])('%s: the same panels as when panels read the tables themselves', (_, text, expected) => {
    const tables = extractIndicatorTables(text);
    expect(tables.length).toBeGreaterThan(0);
    expect(extractPanels(text, { tables })).toEqual(expected);
  });
});

describe('001: markdown plan outline', () => {
  it('finds 22 panels numbered 1..22 with labels as written', () => {
    expect(panels001.map((p) => p.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(panels001[0]).toMatchObject({ label: '专栏 1', kind: 'indicators', title: '山西“十四五”时期经济社会发展主要指标' });
    expect(panels001[3]!.label).toBe('专栏4');
  });

  it('专栏 2 lists projects with the action carried over each clause', () => {
    const p = panels001[1]!;
    expect(p).toMatchObject({ title: '能源生产供应重大项目', kind: 'projects' });
    expect(p.groups.map((g) => g.title)).toEqual(['煤炭', '煤电', '可再生能源', '电网', '非常规天然气']);
    const coal = p.groups[0]!.items;
    expect(coal.filter((i) => i.action === '续建')).toHaveLength(14);
    expect(coal.filter((i) => i.action === '新建').map((i) => i.name)).toContain('春山矿井'); // across the paragraph break
    expect(coal[0]).toMatchObject({ name: '中峪煤矿', action: '续建' });
    expect(coal[coal.length - 1]).toMatchObject({ name: '顺义矿井', action: '新建' });
    const grid = p.groups[3]!.items;
    expect(grid.map((i) => [i.action, i.name])).toEqual([
      ['续建', '大同一怀来'],
      ['新建', '长南二回线特高压'],
      ['前期研究', '忻州至京津冀特高压输电项目'],
    ]);
    expect(text001.slice(coal[0]!.position.start.offset, coal[0]!.position.end.offset)).toBe('中峪煤矿');
  });

  it('ends a panel where body text resumes', () => {
    const p5 = panels001[4]!;
    expect(p5.groups.map((g) => g.title)).toEqual(['先进金属材料', '碳基新材料', '先进无机非金属材料', '合成生物材料']);
    const end = text001.slice(p5.position.end.offset, p5.position.end.offset + 40);
    expect(end).toContain('做强做大装备制造业');
    // A paragraph split mid-sentence stays in its group.
    expect(panels001[2]!.groups.find((g) => g.title === '煤层气勘探开发技术')!.text).toContain('区煤层气开采技术开发与示范');
  });

  it('专栏 16 reads 开工建设, 完成 and 前期工作', () => {
    const roads = panels001[15]!.groups.find((g) => g.title === '公路')!.items;
    expect(roads.find((i) => i.name === 'G5518晋城至潼关高速公路阳城至运城段')!.action).toBe('开工建设');
    expect(roads.find((i) => i.name === 'G20青银高速太原至旧关段扩容改造')!.action).toBe('完成');
    const rail = panels001[15]!.groups.find((g) => g.title === '铁路')!.items;
    expect(rail.find((i) => i.name === '太原至和顺')!.action).toBe('前期工作');
  });
});

describe('paragraph ends', () => {
  it('a line of only stars can complete the sentence mark of the line before (。* then *)', () => {
    const text = ['专栏1 重点工程', '', '**电力。**新建乙电厂项目。*', '*', '', '**煤炭。**续建甲煤矿项目。', '', '正文继续。'].join('\n');
    const [panel] = extractPanels(text, { tables: [] });
    expect(panel!.groups.map((g) => g.title)).toEqual(['电力', '煤炭']);
  });
});

describe('003: PDF gazette', () => {
  const outline = panels003.filter((p) => p.position.start.line < 13400);
  const report = panels003.filter((p) => p.position.start.line >= 13400);

  it('finds the 25 panels of the plan outline, in order', () => {
    expect(outline.map((p) => p.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(outline[0]).toMatchObject({ label: '专栏１', kind: 'indicators' });
    expect(outline[1]).toMatchObject({ label: '专栏２', kind: 'indicators' });
    expect(outline[9]).toMatchObject({ label: '专栏１０', title: '城市更新九大工程' });
    expect(outline.slice(2).every((p) => p.groups.length > 0)).toBe(true);
  });

  it('finds the 20 glossary panels of the annual plan report', () => {
    expect(report).toHaveLength(20);
    expect(report.every((p) => p.kind === 'glossary')).toBe(true);
    expect(report[0]!.glossary).toEqual([
      expect.objectContaining({ term: '五严五防', explanation: expect.stringMatching(/^严把入口关防输入.*关防恐慌\.$/) }),
    ]);
    expect(report[1]!.glossary!.map((e) => e.term)).toEqual(['五结合', '四集中']);
    expect(report[11]!.glossary!.map((e) => e.term)).toEqual(['两保', '两导', '两藏', '三防']);
    expect(report[16]!.glossary!.map((e) => e.term)).toEqual(['三区三线', '三线一单', '双控', '五水']);
  });

  it('ends a panel at the paragraph indent of body text', () => {
    const p15 = outline[14]!;
    expect(p15.groups.map((g) => g.title)).toEqual(['国际合作园区建设工程', '物流枢纽功能提升工程', '综合保税区提质工程']);
    expect(text003.slice(p15.position.end.offset, p15.position.end.offset + 20)).toContain('构建现代综合交通运输体系');
    const p16 = outline[15]!;
    expect(p16.groups.map((g) => g.title)).toEqual(['铁路重点项目', '公路重点项目', '机场重点项目', '城市轨道交通重点项目']);
  });
});

describe('splitProjects', () => {
  const src = new SourceText('续建A项目、B项目等项目；新建C电站（2026—2030年），装机100万千瓦、大同市D工程。推进E等前期工作。');
  const mapped = new MappedText();
  mapped.append(src.text, 0);
  const items = splitProjects(mapped, src);

  it('carries actions and reads scale, period, location', () => {
    expect(items.map((i) => [i.action, i.name])).toEqual([
      ['续建', 'A项目'],
      ['续建', 'B项目'],
      ['新建', 'C电站（2026—2030年）'],
      ['新建', '装机100万千瓦'],
      ['新建', '大同市D工程'],
      ['前期工作', 'E'],
    ]);
    expect(items[2]!.period).toBe('2026—2030年');
    expect(items[3]!.scale).toBe('100万千瓦');
    expect(items[4]!.location).toBe('大同市');
  });

  // No timing assertion: the test timeout only guards against a quadratic hang; speed is in `pnpm bench`.
  it('completes on a 1 MB single line', () => {
    const line = '专栏1 项目\n' + '**煤炭。**续建'.concat('甲煤矿、'.repeat(250_000));
    const panels = extractPanels(line);
    expect(panels[0]!.groups[0]!.items.length).toBeGreaterThan(1000);
  }, 60_000);
});
