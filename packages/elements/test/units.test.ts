import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { assessIndicatorProgress, en, escapeCsvCell, formatQuantity, normalizeLang, resolveLang, toCsv, zhCN } from '../src/index.js';
import { forestCover, urbanization, withActuals } from './fixtures/data.js';
import { CORE_ENTRIES, loadCoreFunction } from '../src/shared/load-core.js';

describe('public surface', () => {
  it('exports exactly these names (side-effect free entry)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'INDICATOR_COLUMNS', 'LANGS', 'OUTLINE_TYPES', 'PROGRESS_DISPLAY_STATUSES', 'TAG_NAMES', 'THEME_TOKENS', 'TRANSLATIONS',
        'ZcDataElement', 'ZcDocument', 'ZcDownloadEvent', 'ZcErrorEvent', 'ZcFilterEvent', 'ZcIndicatorTable', 'ZcLoadEvent',
        'ZcNavigateEvent', 'ZcProjectList', 'ZcSortEvent', 'ZcTargetList', 'ZcTargetProgress', 'assessIndicatorProgress', 'assignAnchors', 'en',
        'escapeCsvCell', 'formatNumber', 'formatQuantity', 'normalizeLang', 'resolveLang', 'toCsv', 'zhCN',
      ].sort(),
    );
  });
});

describe('CSV', () => {
  it('neutralizes formula injection and quotes per RFC 4180', () => {
    expect(escapeCsvCell('=1+1')).toBe("'=1+1");
    expect(escapeCsvCell('+86')).toBe("'+86");
    expect(escapeCsvCell('-3.5')).toBe("'-3.5");
    expect(escapeCsvCell('@cmd')).toBe("'@cmd");
    expect(escapeCsvCell('\tx')).toBe("'\tx");
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(escapeCsvCell('—')).toBe('—');
    expect(toCsv([['a', 'b'], ['1', '=2']])).toBe("\uFEFFa,b\r\n1,'=2\r\n");
  });
});

describe('i18n', () => {
  it('maps language tags and resolves element → ancestors → <html lang>', () => {
    expect(normalizeLang('en-GB')).toBe('en');
    expect(normalizeLang('zh-Hans-CN')).toBe('zh-CN');
    expect(normalizeLang('')).toBe('zh-CN');
    const outer = document.createElement('div');
    outer.lang = 'en';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(resolveLang(inner)).toBe('en');
    outer.removeAttribute('lang');
    document.documentElement.lang = 'en-US';
    expect(resolveLang(inner)).toBe('en');
  });

  it('has the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('formats qualified quantities per language', () => {
    const q = { raw: '6.5左右', value: 6.5, qualifier: 'about' as const };
    expect(formatQuantity(q, 'zh-CN', zhCN)).toBe('6.5左右');
    expect(formatQuantity(q, 'en', en)).toBe('about 6.5');
    expect(formatQuantity({ raw: '[5]', value: 5, cumulative: true }, 'en', en)).toBe('[5]');
    expect(formatQuantity({ raw: '完成国家考核目标', text: '完成国家考核目标' }, 'en', en)).toBe('完成国家考核目标');
    expect(formatQuantity({ raw: '12345.6', value: 12345.6 }, 'zh-CN', zhCN)).toBe('12,345.6');
    expect(formatQuantity(undefined, 'zh-CN', zhCN)).toBe('—');
  });
});

describe('progress (adapter over @zhengce/core assessProgress)', () => {
  it('classifies level, ceiling and growth-rate indicators', () => {
    expect(assessIndicatorProgress(urbanization()).status).toBe('off-track');
    expect(assessIndicatorProgress(urbanization([[2023, 66]])).status).toBe('on-track');
    expect(assessIndicatorProgress(urbanization([[2023, 68.2]])).status).toBe('achieved');
    expect(assessIndicatorProgress(urbanization([[2025, 67]])).status).toBe('off-track');
    expect(assessIndicatorProgress(forestCover()).status).toBe('off-track');
    const t = withActuals();
    const by = (n: string) => assessIndicatorProgress(t.indicators.find((i) => i.name === n)!, { base: 2020, target: 2025 });
    expect(by('城镇调查失业率')).toMatchObject({ status: 'achieved', direction: 'lower-is-better' });
    const gdp = by('地区生产总值增长');
    expect(gdp).toMatchObject({ status: 'off-track', rateIndicator: true, target: { year: 2025, value: 8 } });
    expect(gdp.ratio).toBeCloseTo(6.1667 / 8, 3);
    expect(by('森林覆盖率').assessment?.status).toBe('limited-progress');
    // no actuals → unknown, never thrown
    expect(assessIndicatorProgress(withActuals().indicators[2]!).status).toBe('unknown');
  });
});

describe('loading core on demand', () => {
  const unresolvable = () => Promise.reject(new TypeError('Failed to resolve module specifier "@zhengce/core/lite"'));
  const withParseAll = { parseAll: () => 'parsed' };

  it('takes the function from the first entry that loads and has it', async () => {
    const fromLite = await loadCoreFunction('parseAll', [async () => withParseAll, async () => ({ parseAll: () => 'full' })]);
    expect(fromLite?.('')).toBe('parsed');
    // An import map that names only the full entry: the lite import fails, the full one serves.
    const fromFull = await loadCoreFunction('parseAll', [unresolvable, async () => withParseAll]);
    expect(fromFull?.('')).toBe('parsed');
    // A module without the function does not end the search.
    expect((await loadCoreFunction('parseAll', [async () => ({}), async () => withParseAll]))?.('')).toBe('parsed');
  });

  it('resolves to undefined, never throws, when no entry serves', async () => {
    await expect(loadCoreFunction('parseAll', [unresolvable, unresolvable])).resolves.toBeUndefined();
    await expect(loadCoreFunction('parseDocument', [async () => withParseAll])).resolves.toBeUndefined();
  });

  it('looks for the lite entry first: in this workspace it is there, without the schemas', async () => {
    expect(CORE_ENTRIES).toHaveLength(2);
    const lite = await CORE_ENTRIES[0]!();
    expect(typeof lite.parseAll).toBe('function');
    expect('DocumentSchema' in lite).toBe(false);
    expect('DocumentSchema' in (await CORE_ENTRIES[1]!())).toBe(true);
  });
});
