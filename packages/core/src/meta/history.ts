import type { HistoryEntry } from '../models/meta.js';
import { findDates } from './dates.js';

const EVENTS: ReadonlyArray<[RegExp, HistoryEntry['event']]> = [
  [/修订/, 'revised'],
  [/修正|修改/, 'amended'],
  [/批准/, 'approved'],
  [/公布/, 'promulgated'],
  [/通过/, 'adopted'],
];

/** A history line: `（…年…月…日…会议通过 根据…修正 …修订）`. */
export function isHistoryLine(text: string): boolean {
  return /^[（(]/.test(text) && /[)）]$/.test(text) && /通过|修正|修订|批准/.test(text) && findDates(text).length > 0;
}

/**
 * Read the steps of a text's history from a history line, in order.
 *
 * @example
 * parseHistory('（2025年9月24日山西省第十四届人民代表大会常务委员会第二十四次会议通过）');
 * // [{ date: '2025-09-24', event: 'adopted', body: '山西省第十四届人民代表大会常务委员会第二十四次会议', raw: … }]
 */
export function parseHistory(text: string): HistoryEntry[] {
  const inner = text.replace(/^[（(]|[)）]$/g, '');
  const dates = findDates(inner);
  return dates.flatMap((d, i) => {
    const end = i + 1 < dates.length ? dates[i + 1]!.index : inner.length;
    const raw = inner.slice(d.index, end).replace(/^根据/, '').trim();
    const after = inner.slice(d.index + d.length, end).replace(/\s+/g, '');
    const event = EVENTS.find(([pattern]) => pattern.test(after))?.[1];
    if (!event) return [];
    const body = /^(.*?会议)/.exec(after)?.[1] ?? /^(.*?)(?:关于|通过|批准|修正|修订)/.exec(after)?.[1];
    const entry: HistoryEntry = { date: d.date, event, raw: inner.slice(Math.max(0, d.index), end).trim() };
    if (body) entry.body = body.replace(/^在/, '');
    return [entry];
  });
}
