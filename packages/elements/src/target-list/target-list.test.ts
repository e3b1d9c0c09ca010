import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ZcDownloadEvent, ZcFilterEvent } from '../shared/events.js';
import { planTargets } from '../../test/fixtures/data.js';
import { expectAccessible, mount, shadow, until } from '../../test/helpers.js';
import { ZcTargetList } from './define.js';

const rows = (el: Element): string[][] =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('zc-target-list', () => {
  it('renders each target with its value, unit, year and kind; review results and inferred decimals marked', async () => {
    const el = await mount('zc-target-list', { data: planTargets() });
    expect(el).toBeInstanceOf(ZcTargetList);
    const root = shadow(el);
    expect(root.querySelector('caption')?.textContent).toBe('文中目标');
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['指标', '目标值', '单位', '年份', '类型']);
    expect(rows(el)).toEqual([
      ['地区生产总值 回顾', '>2.5', '万亿元', '—', '水平'],
      ['地区生产总值 回顾', '5.4（小数点由原文数字“54”推断，置信度 70%）', '%', '—', '年均增长'],
      ['地区生产总值', '5左右', '%', '2030（规划期末）', '年均增长'],
      ['城镇调查失业率', '<5.5', '%', '2030（规划期末）', '比重'],
      ['抽水蓄能装机', '390', '万千瓦', '2030', '水平'],
      ['先进级以上智能工厂', '200', '户', '2030', '数量'],
    ]);
    // Row headers name each row for screen readers; the inferred value is underlined and explained.
    expect(root.querySelectorAll('tbody th[scope="row"]')).toHaveLength(6);
    expect(root.querySelector('td.uncertain .visually-hidden')).not.toBeNull();
    expect(root.querySelector('.notes')?.textContent).toContain('小数点由程序推断');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('显示 6 / 6 项目标');
  });

  it('is accessible (axe, zero violations), light and dark', async () => {
    const el = await mount('zc-target-list', { data: planTargets() });
    await expectAccessible(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('filters by kind, by goal or review, and by search, with the keyboard, and reports counts', async () => {
    const el = await mount('zc-target-list', { data: planTargets() });
    const events: ZcFilterEvent[] = [];
    el.addEventListener('zc-filter', (e) => events.push(e));
    const [kind, role] = [...shadow(el).querySelectorAll('select')];
    expect([...kind!.options].map((o) => o.value)).toEqual(['', 'level', 'share', 'annual-growth', 'count']);
    await userEvent.selectOptions(role!, 'goal');
    await el.updateComplete;
    expect(rows(el).map((r) => r[0])).toEqual(['地区生产总值', '城镇调查失业率', '抽水蓄能装机', '先进级以上智能工厂']);
    await userEvent.selectOptions(kind!, 'annual-growth');
    await el.updateComplete;
    expect(rows(el).map((r) => r[1])).toEqual(['5左右']);
    await until(() => events.length >= 2);
    expect(events.at(-1)?.shown).toBe(1);
    await userEvent.selectOptions(kind!, '');
    await userEvent.selectOptions(role!, '');
    shadow(el).querySelector('input')!.focus();
    await userEvent.keyboard('装机');
    await el.updateComplete;
    expect(rows(el).map((r) => r[0])).toEqual(['抽水蓄能装机']);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toBe('显示 1 / 6 项目标');
    await userEvent.keyboard('不存在');
    await el.updateComplete;
    expect(shadow(el).querySelector('table')).toBeNull();
    expect(shadow(el).textContent).toContain('没有符合条件的目标');
  });

  it('downloads the visible targets as CSV, formula-injection cells escaped', async () => {
    const data = planTargets();
    data[2]!.indicator = '=HYPERLINK("http://evil","x")';
    const el = await mount('zc-target-list', { data, caption: '“十五五” 目标' });
    await userEvent.selectOptions(shadow(el).querySelectorAll('select')[1]!, 'goal');
    let event: ZcDownloadEvent | undefined;
    el.addEventListener('zc-download', (e) => {
      event = e;
      e.preventDefault();
    });
    const create = vi.spyOn(URL, 'createObjectURL');
    await userEvent.click(shadow(el).querySelector('button[part="download"]')!);
    expect(create).not.toHaveBeenCalled(); // prevented
    const lines = event!.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '指标,目标值,单位,年份,类型,性质',
      `"'=HYPERLINK(""http://evil"",""x"")",5左右,%,2030（规划期末）,年均增长,目标`,
      '城镇调查失业率,<5.5,%,2030（规划期末）,比重,目标',
    ]);
    expect(lines).toHaveLength(6); // header, the 4 goals, and the final line break
    expect(event!.filename).toBe('“十五五”_目标.csv');
    vi.restoreAllMocks();
  });

  it('reads targets from plain text with core\'s parseAll, loaded on demand', async () => {
    const el = document.createElement('zc-target-list');
    const outcome = new Promise<string>((resolve) => {
      el.addEventListener('zc-load', () => resolve('load'));
      el.addEventListener('zc-error', (e) => resolve(`error:${e.message}`));
    });
    el.text = '山西省某某规划\n\n第一章　发展基础\n\n“十三五”期间，地区生产总值年均增长5.4%。\n\n第二章　主要目标\n\n到2030年，抽水蓄能装机达到390万千瓦。';
    document.body.append(el);
    expect(await outcome).toBe('load');
    await el.updateComplete;
    expect(rows(el)).toEqual([
      ['地区生产总值 回顾', '5.4', '%', '—', '年均增长'],
      ['抽水蓄能装机', '390', '万千瓦', '2030', '水平'],
    ]);
  });

  it('takes a caption, hides the role filter without review results, shows states and speaks English', async () => {
    const goals = planTargets().filter((t) => !t.review);
    const el = await mount('zc-target-list', { data: goals, caption: '“十五五”目标' });
    expect(shadow(el).querySelector('caption')?.textContent).toBe('“十五五”目标');
    expect(shadow(el).querySelectorAll('select')).toHaveLength(1);
    expect(shadow(el).querySelector('.notes')).toBeNull();
    const empty = await mount('zc-target-list', { data: [] });
    expect(shadow(empty).textContent).toContain('暂无数据');
    const bad = await mount('zc-target-list', { data: [{ indicator: 1 }] as never }, { lang: 'en' });
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toBe('The data is not in the expected format');
    const en = await mount('zc-target-list', { data: planTargets() }, { lang: 'en' });
    expect(rows(en)[2]).toEqual(['地区生产总值', 'about 5', '%', '2030 (plan end)', 'Annual growth']);
    expect(rows(en)[0]![0]).toBe('地区生产总值 Review');
    await expectAccessible(en);
  });
});
