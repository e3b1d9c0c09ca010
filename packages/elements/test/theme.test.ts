import { describe, expect, it } from 'vitest';
import { ZcDocument, ZcIndicatorTable, ZcProjectList, ZcTargetProgress, THEME_TOKENS } from '../src/index.js';
import { plan14Table } from './fixtures/data.js';
import { mount, shadow } from './helpers.js';

const cssOf = (c: { styles?: unknown }): string => ([c.styles].flat(Infinity) as unknown[]).map(String).join('\n');
const ALL_CSS = [ZcIndicatorTable, ZcProjectList, ZcDocument, ZcTargetProgress].map(cssOf).join('\n');

describe('theming', () => {
  it('defines every documented --zc-* token, uses it, and uses no undocumented one', () => {
    for (const token of THEME_TOKENS) expect(ALL_CSS, token).toContain(`var(${token},`);
    const used = new Set(ALL_CSS.match(/--zc-[a-z-]+/g));
    expect([...used].sort()).toEqual([...THEME_TOKENS].sort());
    // Every internal variable that is read is also defined.
    const read = new Set([...ALL_CSS.matchAll(/var\((--_[a-z-]+)/g)].map((m) => m[1]));
    for (const v of read) expect(ALL_CSS, v).toMatch(new RegExp(`${v}:`));
  });

  it('applies custom properties from the page and switches to dark with theme="dark"', async () => {
    const el = await mount('zc-indicator-table', { data: plan14Table() }, { style: '--zc-color-accent: rgb(1, 2, 3)' });
    const group = shadow(el).querySelector('tr.group th')!;
    expect(getComputedStyle(group).color).toBe('rgb(1, 2, 3)');
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).not.toBe(light);
    expect(getComputedStyle(el).colorScheme).toBe('dark');
    expect(ALL_CSS).toContain('prefers-color-scheme: dark');
  });

  it('exposes ::part()s for styling from outside', async () => {
    const style = document.createElement('style');
    style.textContent = 'zc-indicator-table::part(caption) { color: rgb(9, 8, 7); }';
    document.head.append(style);
    const el = await mount('zc-indicator-table', { data: plan14Table() });
    expect(getComputedStyle(shadow(el).querySelector('caption')!).color).toBe('rgb(9, 8, 7)');
    style.remove();
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const el = await mount('zc-indicator-table', { data: plan14Table() });
    const { userEvent } = await import('vitest/browser');
    await userEvent.tab();
    const focused = shadow(el).activeElement as HTMLElement;
    expect(focused?.tagName).toBe('SELECT');
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
  });
});
