import { describe, expect, it } from 'vitest';
import { plan14Table } from './fixtures/data.js';
import { axeViolations, mount } from './helpers.js';

// The accessibility checks prove nothing unless they can fail: known-bad inputs here.
describe('the axe checker used by every component test', () => {
  it('reports violations in known-bad markup (image without alt, unnamed button, unlabelled input)', async () => {
    const bad = document.createElement('div');
    bad.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button><input type="search">';
    document.body.append(bad);
    const ids = (await axeViolations(bad)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'label']));
  });

  it('reports a contrast violation inside a component themed with unreadable tokens', async () => {
    const el = await mount('zc-indicator-table', { data: plan14Table() }, { style: '--zc-color-text:#eeeeee;--zc-color-bg:#ffffff' });
    const ids = (await axeViolations(el)).map((v) => v.id);
    expect(ids).toContain('color-contrast');
  });
});
