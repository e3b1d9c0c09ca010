import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ZcNavigateEvent } from '../shared/events.js';
import { planDocument, regulationDocument } from '../../test/fixtures/data.js';
import { expectAccessible, mount, shadow, until } from '../../test/helpers.js';
import { assignAnchors } from './anchors.js';
import { ZcDocument } from './define.js';

describe('zc-document', () => {
  it('renders the document as text with an outline of 章 节 and stable anchors', async () => {
    const el = await mount('zc-document', { data: planDocument() });
    expect(el).toBeInstanceOf(ZcDocument);
    const root = shadow(el);
    expect(root.querySelector('[part="title"]')?.textContent).toBe('山西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    const links = [...root.querySelectorAll('nav a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).toEqual([
      ['#chapter-1', '第一章　开启全面建设社会主义现代化新征程'],
      ['#chapter-1.section-1', '第一节　发展基础'],
      ['#chapter-1.section-2', '第二节　发展环境'],
      ['#chapter-2', '第二章　实施创新驱动发展、科教兴省、人才强省战略，打造核心竞争力'],
      ['#chapter-2.section-1', '第一节　实施一流创新工程'],
    ]);
    expect(root.querySelector('#chapter-1 > h3')?.textContent).toBe('第一章　开启全面建设社会主义现代化新征程');
    expect(root.querySelector('[id="chapter-1.section-1"] > h4')?.textContent).toBe('第一节　发展基础');
    expect(root.querySelector('.run-in')?.textContent).toBe('转型发展迈出坚实步伐。');
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('专栏2 山西省“十四五”时期经济社会发展主要指标');
    expect(root.querySelector('aside th')?.getAttribute('scope')).toBe('col');
  });

  it('is accessible (axe, zero violations), with diagnostics shown, dark and English', async () => {
    const el = await mount('zc-document', { data: planDocument(), showDiagnostics: true });
    await expectAccessible(el);
    const reg = await mount('zc-document', { data: regulationDocument() }, { theme: 'dark', lang: 'en' });
    await expectAccessible(reg);
    expect(shadow(reg).querySelector('nav h2')?.textContent).toBe('Contents');
  });

  it('lists articles (条) of a regulation in the outline', async () => {
    const el = await mount('zc-document', { data: regulationDocument() });
    const labels = [...shadow(el).querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(labels).toEqual(['#chapter-1', '#chapter-1.article-1', '#chapter-1.article-2', '#chapter-2', '#chapter-2.article-3']);
    expect(shadow(el).textContent).toContain('本条例自2024年5月1日起施行。');
  });

  it('navigates from the outline with the keyboard: scrolls, focuses, updates the URL', async () => {
    const el = await mount('zc-document', { data: planDocument() });
    const events: ZcNavigateEvent[] = [];
    el.addEventListener('zc-navigate', (e) => events.push(e));
    const link = [...shadow(el).querySelectorAll('nav a')].find((a) => a.textContent?.includes('实施一流创新工程')) as HTMLElement;
    link.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => events.length === 1);
    expect(events[0]?.anchor).toBe('chapter-2.section-1');
    expect(shadow(el).activeElement?.id).toBe('chapter-2.section-1');
    expect(decodeURIComponent(location.hash)).toBe('#chapter-2.section-1');
    await el.updateComplete;
    expect(link.getAttribute('aria-current')).toBe('location');
  });

  it('follows deep links: #anchor in the URL on load and on hashchange', async () => {
    history.replaceState(null, '', '#chapter-1.section-2');
    const events: string[] = [];
    document.addEventListener('zc-navigate', (e) => events.push(e.anchor));
    const el = await mount('zc-document', { data: planDocument() });
    await until(() => shadow(el).activeElement?.id === 'chapter-1.section-2');
    location.hash = '#chapter-2';
    await until(() => shadow(el).activeElement?.id === 'chapter-2');
    expect(events).toEqual(['chapter-1.section-2', 'chapter-2']);
    expect(await el.navigate('no-such-anchor')).toBe(false);
  });

  it('shows diagnostics on request with a toggle button', async () => {
    const el = await mount('zc-document', { data: planDocument() });
    const root = shadow(el);
    const button = root.querySelector<HTMLButtonElement>('button[part="diagnostics-toggle"]')!;
    const panel = root.querySelector<HTMLElement>('#diagnostics')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(el.hasAttribute('show-diagnostics')).toBe(true);
    expect(panel.hidden).toBe(false);
    expect(panel.textContent?.replace(/\s+/g, ' ')).toContain('警告 numbering-gap (第 120 行第 1 列) Section 3 is missing between 2 and 4');
  });

  it('parses plain text lazily through @zhengce/core, or says it cannot', async () => {
    const el = document.createElement('zc-document');
    const outcome = new Promise<string>((resolve) => {
      el.addEventListener('zc-load', () => resolve('load'));
      el.addEventListener('zc-error', (e) => resolve(`error:${e.message}`));
    });
    el.text = '山西省促进中小企业发展条例\n\n第一章　总则\n\n第一条　为了促进中小企业健康发展，制定本条例。';
    document.body.append(el);
    const result = await outcome;
    const core: Record<string, unknown> = await import('@zhengce/core');
    if (typeof core.parseDocument === 'function') {
      expect(result).toBe('load');
      expect(shadow(el).textContent).toContain('为了促进中小企业健康发展');
    } else {
      expect(result).toBe('error:当前环境无法解析文本（未找到 @zhengce/core）');
      expect(shadow(el).querySelector('[role="alert"]')).not.toBeNull();
    }
  });

  it("says why a text could not be parsed in the page's language", async () => {
    const core: Record<string, unknown> = await import('@zhengce/core');
    if (typeof core.parseDocument !== 'function') return; // the one-file bundle: covered above
    const failWith = (lang: string): Promise<string> => {
      const el = document.createElement('zc-document');
      el.setAttribute('lang', lang);
      const outcome = new Promise<string>((resolve) => el.addEventListener('zc-error', (e) => resolve(e.message)));
      el.text = ' \n\u3000\n'; // only whitespace: core's `empty-input`
      document.body.append(el);
      return outcome;
    };
    expect(await failWith('zh-CN')).toBe('无法加载数据：输入为空或只有空白字符。');
    expect(await failWith('en')).toBe('Could not load data: The input is empty or holds only whitespace.');
  });

  it('shows empty, loading and error states', async () => {
    const empty = await mount('zc-document', { data: { ...planDocument(), children: [] } });
    expect(shadow(empty).textContent).toContain('暂无数据');
    const bad = await mount('zc-document', { data: { kind: 'plan' } as never });
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toBe('数据格式不正确');
    await expectAccessible(bad);
  });

  it('derives unique anchors from type and number paths, honouring node.id', () => {
    const doc = planDocument();
    const anchors = assignAnchors(doc.children);
    const values = [...anchors.values()];
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('chapter-1.section-1.paragraph-2');
    expect(values).toContain('chapter-1.panel-2.table-1');
    const dup = assignAnchors([
      { ...doc.children[0]!, id: 'x', children: [] },
      { ...doc.children[1]!, id: 'x', children: [] },
    ]);
    expect([...dup.values()]).toEqual(['x', 'x-2']);
  });
});
