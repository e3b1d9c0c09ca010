import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ZcDocument } from '../packages/elements/src/index.js';

type ParseResult = NonNullable<ZcDocument['data']>;
type Node = Exclude<ParseResult, { kind: 'gazette' }>['children'][number];
import { planDocument, pos, regulationDocument } from '../packages/elements/test/fixtures/data.js';
import { darkPage, narrow } from './helpers.js';

interface Args {
  data?: ParseResult;
  lang?: string;
  theme?: 'light' | 'dark';
  src?: string;
  loading?: boolean;
  showDiagnostics?: boolean;
}

const render = (a: Args) =>
  html`<zc-document
    .data=${a.data}
    lang=${a.lang ?? 'zh-CN'}
    theme=${a.theme ?? 'light'}
    src=${a.src ?? ''}
    ?loading=${a.loading}
    ?show-diagnostics=${a.showDiagnostics}
  ></zc-document>`;

const longRegulation = (): ParseResult => {
  const d = regulationDocument();
  const article = (n: number): Node => ({
    type: 'article',
    number: n,
    label: `第${n}条`,
    text: '县级以上人民政府应当加强对中小企业促进工作的组织领导，建立健全工作协调机制。',
    position: pos(n),
    children: [],
  });
  d.children = Array.from({ length: 20 }, (_, c) => ({
    type: 'chapter' as const,
    number: c + 1,
    label: `第${c + 1}章`,
    title: '分则',
    position: pos(c),
    children: Array.from({ length: 50 }, (_, i) => article(c * 50 + i + 1)),
  }));
  return d;
};

const meta: Meta<Args> = {
  title: 'Elements/zc-document',
  component: 'zc-document',
  render,
  args: { data: planDocument() },
};
export default meta;
type Story = StoryObj<Args>;

/** A plan outline: 章 > 节, run-in titles, a 专栏 panel. */
export const Plan: Story = {};
export const Regulation: Story = { args: { data: regulationDocument() } };
export const WithDiagnostics: Story = { args: { showDiagnostics: true } };
export const English: Story = { args: { lang: 'en', showDiagnostics: true } };
export const Dark: Story = { args: { theme: 'dark' }, render: (a) => darkPage(render(a)) };
export const Narrow: Story = { render: (a) => narrow(render(a), 360) };
export const Empty: Story = { args: { data: { ...planDocument(), children: [] } } };
export const Loading: Story = { args: { data: undefined, loading: true } };
export const Error: Story = { args: { data: undefined, src: '/does-not-exist.json' } };
/** 1,000 articles in 20 chapters. */
export const LongData: Story = { args: { data: longRegulation() }, parameters: { a11y: { test: 'off' } } };
