import { describe, expect, it } from 'vitest';
import { forestCover, urbanization, withActuals } from '../../test/fixtures/data.js';
import { expectAccessible, mount, shadow } from '../../test/helpers.js';
import { ZcTargetProgress } from './define.js';

describe('zc-target-progress', () => {
  it('renders an SVG chart labelled by its title and a text summary, with a data table', async () => {
    const el = await mount('zc-target-progress', { data: urbanization() });
    expect(el).toBeInstanceOf(ZcTargetProgress);
    const root = shadow(el);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    const label = ids.map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim()).join(' ');
    expect(label).toBe('常住人口城镇化率：目标进展 常住人口城镇化率：基期 62.53% (2020)，目标 68% (2025)，最新 64.97% (2023)。进展滞后');
    expect(root.querySelectorAll('circle.point')).toHaveLength(4); // base + 3 actuals
    expect(root.querySelector('path.required')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    const rows = [...root.querySelectorAll('details tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['基期 2020 62.53%', '实际 2021 63.42%', '实际 2022 63.96%', '实际 2023 64.97%', '目标 2025 68%']);
    expect(root.querySelector('details th')?.getAttribute('scope')).toBe('col');
  });

  it('is accessible (axe, zero violations), light, dark and English', async () => {
    const el = await mount('zc-target-progress', { data: urbanization() });
    await expectAccessible(el);
    const dark = await mount('zc-target-progress', { data: forestCover() }, { theme: 'dark', lang: 'en' });
    await expectAccessible(dark);
    expect(shadow(dark).querySelector('figcaption')?.textContent).toBe('森林覆盖率: progress to target');
  });

  it('states achieved, on-track and off-track progress', async () => {
    const on = await mount('zc-target-progress', { data: urbanization([[2021, 63.8], [2023, 65.6]]) });
    expect(shadow(on).querySelector('.status')?.textContent).toBe('进展顺利');
    const off = await mount('zc-target-progress', { data: forestCover() });
    expect(shadow(off).querySelector('.status')?.textContent).toBe('进展滞后');
    const grain = withActuals().indicators.find((i) => i.name === '粮食综合生产能力')!;
    const met = await mount('zc-target-progress', { data: grain });
    expect(shadow(met).querySelector('.status')?.textContent).toBe('已实现');
    // A growth-rate indicator: target line is the flat target rate
    const gdp = withActuals().indicators.find((i) => i.name === '地区生产总值增长')!;
    const rate = await mount('zc-target-progress', { data: gdp });
    expect(shadow(rate).querySelector('.summary')?.textContent).toContain('目标 8% (2025)');
    await expectAccessible(rate);
  });

  it('shows empty, loading and error states', async () => {
    const empty = await mount('zc-target-progress', { data: { ...urbanization(), values: [] } });
    expect(shadow(empty).textContent).toContain('暂无数据');
    const loading = await mount('zc-target-progress', { loading: true });
    expect(shadow(loading).querySelector('[role="status"]')).not.toBeNull();
    const bad = await mount('zc-target-progress', { data: [] as never });
    expect(shadow(bad).querySelector('[role="alert"]')).not.toBeNull();
  });
});
