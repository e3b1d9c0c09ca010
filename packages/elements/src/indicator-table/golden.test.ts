import { describe, expect, it } from 'vitest';
import type { IndicatorTable } from '@zhengce/core';
import golden001 from '../../../../fixtures/golden/tables/001_f61c2087ba53f0d6.json';
import golden003 from '../../../../fixtures/golden/tables/003_3191d9a98261c202.json';
import { expectAccessible, mount, shadow } from '../../test/helpers.js';

// Real tables extracted by @zhengce/core (fixtures/golden/tables, owned by the tables stage).
const tables = [...golden001, ...golden003] as unknown as IndicatorTable[];
const review = tables.find((t) => t.columns.some((c) => c.role === 'actual'))!;

describe('zc-indicator-table with golden tables from core', () => {
  it('renders every golden table with one body row per indicator or part', async () => {
    for (const table of tables) {
      const el = await mount('zc-indicator-table', { data: table });
      const root = shadow(el);
      expect(root.querySelector('[role="alert"]'), table.title).toBeNull();
      const parts = table.indicators.reduce((n, i) => n + (i.parts?.length ?? 0), 0);
      expect(root.querySelectorAll('tbody tr:not(.group)').length, table.title).toBe(table.indicators.length + parts);
    }
  });

  it('is accessible (axe, zero violations) for the 13th-plan review table', async () => {
    const el = await mount('zc-indicator-table', { data: review });
    await expectAccessible(el);
  });

  it('shows planned and actual growth, progress, and flags decimal points restored with doubt', async () => {
    const el = await mount('zc-indicator-table', { data: review });
    const root = shadow(el);
    const cols = [...root.querySelectorAll('thead th')].map((th) => th.getAttribute('data-column'));
    expect(cols).toEqual(expect.arrayContaining(['growth', 'actual', 'actualGrowth', 'progress']));
    const uncertain = root.querySelectorAll('td.uncertain');
    expect(uncertain.length).toBeGreaterThan(0);
    expect(uncertain[0]!.textContent).toMatch(/小数点由原文数字“.+”推断，置信度 \d+%/);
    expect(root.querySelectorAll('.badge.achieved, .badge.on-track, .badge.off-track').length).toBeGreaterThan(0);
  });
});
