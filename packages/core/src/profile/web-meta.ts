import { codes } from '../normalize/codes.js';
import type { LineTable } from '../segment/lines.js';

/** Fields of the metadata block that government web pages print above a document. */
export const WEB_META_KEYS = {
  索引号: 'indexNumber',
  主题分类: 'subject',
  发文机关: 'issuer',
  成文日期: 'written',
  标题: 'title',
  发文字号: 'docNumber',
  发布日期: 'published',
  是否有效: 'status',
  有效性: 'status',
  主题词: 'keywords',
  实施日期: 'effective',
  废止日期: 'repealed',
} as const;
export type WebMetaField = (typeof WEB_META_KEYS)[keyof typeof WEB_META_KEYS];

export interface WebMeta {
  fields: Partial<Record<WebMetaField, string>>;
  /** Indices of the lines that held the block. */
  lines: Set<number>;
}

// Keys are often letter-spaced (`索  引 号`): allow spaces between their characters.
const KEY_PATTERN = new RegExp(
  `(${Object.keys(WEB_META_KEYS).map((key) => [...key].join('\\s*')).join('|')})\\s*[：:]`,
  'g',
);

/** First characters of the keys: a line starting with none of them holds no block field. */
const KEY_FIRSTS = codes(Object.keys(WEB_META_KEYS).map((key) => key[0]).join(''));

/**
 * Read a web metadata block (索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期 …) from the first
 * lines; several fields may share a line, and the block may be printed twice.
 */
export function readWebMeta(lines: LineTable, maxLines = 60): WebMeta | undefined {
  const fields: WebMeta['fields'] = {};
  const used = new Set<number>();
  for (let row = 0; row < Math.min(lines.length, maxLines); row++) {
    if (!KEY_FIRSTS.has(lines.codeAt(row, 0))) continue; // a field must open the line (checked below)
    const text = lines.text(row);
    const keys = [...text.matchAll(KEY_PATTERN)];
    if (keys.length === 0 || keys[0]!.index !== 0) continue;
    used.add(row);
    keys.forEach((key, i) => {
      const valueStart = key.index! + key[0].length;
      const valueEnd = i + 1 < keys.length ? keys[i + 1]!.index! : text.length;
      const value = text.slice(valueStart, valueEnd).trim();
      const field = WEB_META_KEYS[key[1]!.replace(/\s+/g, '') as keyof typeof WEB_META_KEYS];
      if (value && !fields[field]) fields[field] = value;
    });
  }
  return used.size >= 2 ? { fields, lines: used } : undefined;
}
