import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ZcDownloadEvent, ZcSortEvent } from '../shared/events.js';
import { emptyTable, longTable, plan14Table, withActuals } from '../../test/fixtures/data.js';
import { expectAccessible, mount, shadow, until } from '../../test/helpers.js';
import { ZcIndicatorTable } from './define.js';

const names = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('tbody th[scope="row"] span:first-child')].map((s) => s.textContent ?? '');

describe('zc-indicator-table', () => {
  it('renders indicators grouped by category with caption, units, values and attribute badges', async () => {
    const el = await mount('zc-indicator-table', { data: plan14Table() });
    expect(el).toBeInstanceOf(ZcIndicatorTable);
    const root = shadow(el);
    expect(root.querySelector('caption')?.textContent).toContain('专栏2 山西省“十四五”时期经济社会发展主要指标');
    const groups = [...root.querySelectorAll('tbody th[scope="rowgroup"]')].map((th) => th.textContent?.trim());
    expect(groups).toEqual(['经济发展', '创新驱动', '绿色生态', '人的全面发展', '安全保障']);
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'));
    expect(headers.every((s) => s === 'col')).toBe(true);
    const first = root.querySelector('tbody tr:not(.group)')!;
    expect([...first.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1', '地区生产总值增长', '%', '3.6', '—', '>8', '预期性',
    ]);
    expect(root.textContent).toContain('5左右');
    expect(root.textContent).toContain('力争达到全国平均水平');
    expect(root.textContent).toContain('完成国家考核目标');
    expect(root.querySelectorAll('.badge.binding').length).toBeGreaterThan(0);
    expect(root.querySelector('.notes')?.textContent).toContain('∗为2019年数据');
    // compound row 0/5/0/1 shows its parts as sub-rows
    expect(names(el)).toContain('国家级重点实验室');
    // no actuals → no progress column
    expect(root.querySelector('th[data-column="progress"]')).toBeNull();
  });

  it('is accessible (axe, zero violations) in light, dark and narrow layouts', async () => {
    const el = await mount('zc-indicator-table', { data: withActuals() });
    await expectAccessible(el);
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expectAccessible(el);
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    const narrow = await mount('zc-indicator-table', { data: plan14Table() }, {}, box);
    await expectAccessible(narrow);
  });

  it('shows progress where actuals exist', async () => {
    const el = await mount('zc-indicator-table', { data: withActuals() });
    const root = shadow(el);
    expect(root.querySelector('th[data-column="progress"]')).not.toBeNull();
    const status = (name: string): string | undefined =>
      [...root.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th[scope="row"]')?.textContent?.includes(name))
        ?.querySelector('.badge:not(.expected):not(.binding)')?.textContent?.trim();
    expect(status('常住人口城镇化率')).toBe('进展顺利');
    expect(status('森林覆盖率')).toBe('进展滞后');
    expect(status('粮食综合生产能力')).toBe('已实现');
    expect(status('城镇调查失业率')).toBe('已实现');
    expect(status('地区生产总值增长')).toBe('进展滞后');
  });

  it('sorts by column with buttons in th and aria-sort, keyboard operable', async () => {
    const el = await mount('zc-indicator-table', { data: plan14Table() });
    const root = shadow(el);
    const sorts: ZcSortEvent[] = [];
    el.addEventListener('zc-sort', (e) => sorts.push(e));
    const th = root.querySelector<HTMLElement>('th[data-column="base"]')!;
    expect(th.getAttribute('aria-sort')).toBe('none');
    th.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    expect(sorts.at(-1)).toBeInstanceOf(ZcSortEvent);
    expect(sorts.at(-1)?.direction).toBe('ascending');
    // within 安全保障, 能源 (10.06) sorts before 粮食 (1350)
    const order = names(el);
    expect(order.indexOf('能源综合生产能力')).toBeLessThan(order.indexOf('粮食综合生产能力'));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).toBe('descending');
    const desc = names(el);
    expect(desc.indexOf('粮食综合生产能力')).toBeLessThan(desc.indexOf('能源综合生产能力'));
    // rows without a base value (研发经费投入增长) sort last in both directions
    const cat2 = desc.filter((n) => ['研发经费投入增长', '大科学装置', '高技术制造业增加值增速'].includes(n));
    expect(cat2.at(-1)).toBe('研发经费投入增长');
  });

  it('filters by attribute and category, searches by name and reports counts', async () => {
    const el = await mount('zc-indicator-table', { data: plan14Table() });
    const root = shadow(el);
    const total = names(el).length;
    const [attr, cat] = [...root.querySelectorAll('select')];
    await userEvent.selectOptions(attr!, 'binding');
    await el.updateComplete;
    expect(names(el)).toEqual([
      '地级及以上城市空气质量优良天数比率',
      '森林覆盖率',
      '单位地区生产总值能源消耗降低',
      '劳动年龄人口平均受教育年限',
      '粮食综合生产能力',
      '能源综合生产能力',
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(`显示 6 / ${total} 项指标`);
    await userEvent.selectOptions(attr!, '');
    await userEvent.selectOptions(cat!, '安全保障');
    await el.updateComplete;
    expect(names(el)).toEqual(['粮食综合生产能力', '能源综合生产能力']);
    await userEvent.selectOptions(cat!, '');
    await userEvent.type(root.querySelector('input[type="search"]')!, '寿命');
    await el.updateComplete;
    expect(names(el)).toEqual(['人均预期寿命']);
  });

  it('downloads CSV with formula-injection cells escaped', async () => {
    const data = plan14Table();
    data.indicators[0]!.name = '=HYPERLINK("http://evil","x")';
    data.indicators[1]!.name = '+1';
    data.indicators[2]!.name = '@SUM(A1)';
    data.indicators[3]!.name = '-2, "quoted"';
    const el = await mount('zc-indicator-table', { data });
    let event: ZcDownloadEvent | undefined;
    el.addEventListener('zc-download', (e) => {
      event = e;
      e.preventDefault();
    });
    const create = vi.spyOn(URL, 'createObjectURL');
    await userEvent.click(shadow(el).querySelector('button[part="download"]')!);
    expect(event).toBeInstanceOf(ZcDownloadEvent);
    expect(create).not.toHaveBeenCalled(); // prevented
    const lines = event!.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('序号,类别,指标,单位,2020年,2025年目标,年均增长/累计,属性');
    expect(lines[1]).toBe(`1,经济发展,"'=HYPERLINK(""http://evil"",""x"")",%,3.6,,>8,预期性`);
    expect(lines[2]).toContain(",'+1,");
    expect(lines[3]).toContain(",'@SUM(A1),");
    expect(lines[4]).toContain(`,"'-2, ""quoted""",`);
    expect(event!.filename).toBe('山西省“十四五”时期经济社会发展主要指标.csv');
    // without preventDefault a Blob URL is created and clicked
    create.mockReturnValue('blob:test');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const el2 = await mount('zc-indicator-table', { data: plan14Table() });
    el2.download();
    expect(create).toHaveBeenCalledWith(expect.any(Blob));
    expect(click).toHaveBeenCalled();
    await until(() => revoke.mock.calls.length > 0);
    vi.restoreAllMocks();
  });

  it('shows loading, empty and error states; errors never throw into the page', async () => {
    const loading = await mount('zc-indicator-table', { loading: true });
    expect(shadow(loading).querySelector('[role="status"]')?.textContent).toBe('正在加载…');
    const empty = await mount('zc-indicator-table', { data: emptyTable() });
    expect(shadow(empty).textContent).toContain('暂无数据');
    const errors: string[] = [];
    const bad = document.createElement('zc-indicator-table');
    bad.addEventListener('zc-error', (e) => errors.push(e.message));
    bad.src = '/definitely-missing.json';
    document.body.append(bad);
    await until(() => !!shadow(bad).querySelector('[role="alert"]'));
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toMatch(/^无法加载数据：HTTP 404/);
    expect(errors).toHaveLength(1);
    const invalid = await mount('zc-indicator-table', { data: { nope: true } as never });
    expect(shadow(invalid).querySelector('[role="alert"]')?.textContent).toBe('数据格式不正确');
    await expectAccessible(bad);
  });

  it('reads data from src and from an inline JSON script', async () => {
    const json = JSON.stringify(plan14Table());
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const fromSrc = await mount('zc-indicator-table', {}, { src: url });
    await until(() => names(fromSrc).length > 0);
    expect(names(fromSrc)[0]).toBe('地区生产总值增长');
    const inline = document.createElement('zc-indicator-table');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    inline.append(script);
    document.body.append(inline);
    await inline.updateComplete;
    expect(names(inline)).toHaveLength(names(fromSrc).length);
    const broken = document.createElement('zc-indicator-table');
    broken.innerHTML = '<script type="application/json">{ not json</script>';
    document.body.append(broken);
    await broken.updateComplete;
    expect(shadow(broken).querySelector('[role="alert"]')?.textContent).toMatch(/^无法加载数据/);
  });

  it('follows lang: element, then <html lang>; numbers via Intl.NumberFormat', async () => {
    const data = longTable(3);
    data.indicators[0]!.values = [{ role: 'baseline', raw: '11836.39', value: 11836.39, year: 2020 }];
    const el = await mount('zc-indicator-table', { data });
    expect(shadow(el).querySelector('thead')?.textContent).toContain('指标');
    expect(shadow(el).textContent).toContain('11,836.39');
    document.documentElement.lang = 'en';
    await until(() => shadow(el).querySelector('thead')?.textContent?.includes('Indicator') ?? false);
    el.lang = 'de-DE';
    await until(() => shadow(el).querySelector('thead')?.textContent?.includes('指标') ?? false);
    el.lang = 'en-GB';
    await until(() => shadow(el).querySelector('[role="status"]')?.textContent === 'Showing 3 of 3 indicators');
    await expectAccessible(el);
  });

  // Render time is measured by `pnpm bench` (bench/elements.ts), never asserted here.
  it('renders 1,000 rows', async () => {
    const el = await mount('zc-indicator-table', { data: longTable(1000) });
    expect(shadow(el).querySelectorAll('tbody tr:not(.group)')).toHaveLength(1000);
  });

  it('has print styles and a stacked layout in narrow containers', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    const el = await mount('zc-indicator-table', { data: plan14Table() }, {}, box);
    const td = shadow(el).querySelector('tbody tr:not(.group) td')!;
    expect(getComputedStyle(td).display).toBe('grid');
    // Cards are still a table to assistive technology: explicit roles survive display changes.
    expect(shadow(el).querySelector('table')!.getAttribute('role')).toBe('table');
    expect(td.getAttribute('role')).toBe('cell');
    expect(shadow(el).querySelector('tbody th[scope="row"]')!.getAttribute('role')).toBe('rowheader');
    const wideBox = document.createElement('div');
    wideBox.style.width = '1000px';
    document.body.append(wideBox);
    const wide = await mount('zc-indicator-table', { data: plan14Table() }, {}, wideBox);
    expect(getComputedStyle(shadow(wide).querySelector('tbody tr:not(.group) td')!).display).toBe('table-cell');
    const css = ZcIndicatorTable.styles.map((s) => String(s)).join('\n');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/\.no-print\s*\{\s*display: none !important/);
  });
});
