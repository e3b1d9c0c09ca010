import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileDocument, hostileIndicator, hostilePanel, hostileTable, hostileTargets } from './fixtures/data.js';
import { mount, shadow, until } from './helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Lets any injected handler (onerror of a broken image, a script) get its chance to run. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 200));

function expectInert(el: Element): void {
  const root = shadow(el);
  expect(window.__pwned).toBeUndefined();
  expect(root.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(el.querySelectorAll('img')).toHaveLength(0);
  for (const s of HOSTILE) expect(root.textContent).toContain(s);
}

describe('hostile text is shown verbatim and never executes', () => {
  it('renders <zc-indicator-table> hostile names, categories, notes and titles as text', async () => {
    const el = await mount('zc-indicator-table', { data: hostileTable() });
    await settle();
    expectInert(el);
    expect(shadow(el).querySelector('caption')?.textContent).toContain(HOSTILE[0]);
    // and in the CSV
    expect(el.toCsv()).toContain(HOSTILE[0]);
  });

  it('renders <zc-project-list> hostile groups, actions and names as text', async () => {
    const el = await mount('zc-project-list', { data: hostilePanel() });
    await settle();
    expectInert(el);
  });

  it('renders <zc-document> hostile titles, text, table cells and diagnostics as text', async () => {
    const el = await mount('zc-document', { data: hostileDocument(), showDiagnostics: true });
    await settle();
    expectInert(el);
    expect(shadow(el).querySelector('nav a')?.textContent).toContain(HOSTILE[0]);
  });

  it('renders <zc-document text> parsed from hostile plain text as text', async () => {
    const el = document.createElement('zc-document');
    const done = new Promise((r) => {
      el.addEventListener('zc-load', r);
      el.addEventListener('zc-error', r);
    });
    el.text = `${HOSTILE[0]}\n\n第一条　${HOSTILE[1]}`;
    document.body.append(el);
    await done;
    await el.updateComplete;
    await settle();
    expect(window.__pwned).toBeUndefined();
    expect(shadow(el).querySelectorAll('img, script')).toHaveLength(0);
  });

  it('renders <zc-target-progress> a hostile indicator name as text, also inside the SVG labels', async () => {
    const el = await mount('zc-target-progress', { data: hostileIndicator() });
    await settle();
    expectInert(el);
  });

  it('renders <zc-target-list> hostile indicators, raw values and units as text', async () => {
    const el = await mount('zc-target-list', { data: hostileTargets(), caption: HOSTILE[1] });
    await settle();
    expectInert(el);
    expect(shadow(el).querySelector('tbody th')?.textContent).toContain(HOSTILE[0]);
  });

  it('keeps hostile JSON from src and inline scripts inert', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(hostilePanel())], { type: 'application/json' }));
    const fromSrc = await mount('zc-project-list', {}, { src: url });
    await until(() => (shadow(fromSrc).textContent ?? '').includes(HOSTILE[0]));
    const inline = document.createElement('zc-indicator-table');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(hostileTable());
    inline.append(script);
    document.body.append(inline);
    await inline.updateComplete;
    await settle();
    expectInert(fromSrc);
    expectInert(inline);
  });
});
