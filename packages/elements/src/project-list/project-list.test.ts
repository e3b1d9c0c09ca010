import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ZcFilterEvent } from '../shared/events.js';
import { projectPanel } from '../../test/fixtures/data.js';
import { expectAccessible, mount, shadow, until } from '../../test/helpers.js';
import { ZcProjectList } from './define.js';

const items = (el: Element): string[] => [...shadow(el).querySelectorAll('li .name')].map((n) => n.textContent ?? '');

describe('zc-project-list', () => {
  it('renders projects by group with actions and counts', async () => {
    const el = await mount('zc-project-list', { data: projectPanel() });
    expect(el).toBeInstanceOf(ZcProjectList);
    const root = shadow(el);
    expect(root.querySelector('h2')?.textContent).toBe('专栏12 能源革命重大工程');
    const groups = [...root.querySelectorAll('section[part="group"] h3')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(groups).toEqual(['煤炭 3 个项目', '电力 3 个项目', '新能源 2 个项目']);
    expect(root.querySelector('li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('续建 华阳集团七元煤矿 500万吨/年');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('显示 8 / 8 个项目');
  });

  it('is accessible (axe, zero violations), light and dark', async () => {
    const el = await mount('zc-project-list', { data: projectPanel() });
    await expectAccessible(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('filters by action and search, with keyboard, and reports counts', async () => {
    const el = await mount('zc-project-list', { data: projectPanel() });
    const events: ZcFilterEvent[] = [];
    el.addEventListener('zc-filter', (e) => events.push(e));
    const select = shadow(el).querySelector('select')!;
    expect([...select.options].map((o) => o.value)).toEqual(['', '续建', '新建', '开工建设', '推进', '前期工作']);
    await userEvent.selectOptions(select, '开工建设');
    await el.updateComplete;
    expect(items(el)).toEqual(['浑源抽水蓄能电站', '垣曲抽水蓄能电站']);
    expect(shadow(el).querySelectorAll('section[part="group"]')).toHaveLength(1);
    await until(() => events.length > 0);
    expect(events.at(-1)?.shown).toBe(2);
    await userEvent.selectOptions(select, '');
    shadow(el).querySelector('input')!.focus();
    await userEvent.keyboard('特高压');
    await el.updateComplete;
    expect(items(el)).toEqual(['山西—雄安1000千伏特高压交流输变电工程', '大同—怀来—天津北—天津南特高压通道']);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toBe('显示 2 / 8 个项目');
  });

  it('shows empty, loading and error states and speaks English', async () => {
    const empty = await mount('zc-project-list', { data: { ...projectPanel(), groups: [] } });
    expect(shadow(empty).textContent).toContain('暂无数据');
    const loading = await mount('zc-project-list', { loading: true }, { lang: 'en' });
    expect(shadow(loading).textContent).toContain('Loading…');
    const bad = await mount('zc-project-list', { data: { title: 1 } as never }, { lang: 'en' });
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toBe('The data is not in the expected format');
    const en = await mount('zc-project-list', { data: projectPanel() }, { lang: 'en' });
    expect(shadow(en).querySelector('h3')?.textContent).toContain('3 projects');
    await expectAccessible(en);
  });
});
