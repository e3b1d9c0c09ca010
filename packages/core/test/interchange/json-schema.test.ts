import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractIndicatorTables,
  extractPanels,
  extractTargets,
  parseDocument,
  ParseResultSchema,
  PUBLIC_MODELS,
  toJsonSchema,
  type ParseResult,
} from '../../src/index.js';
import { SEEDS, seed } from '../helpers.js';
import { validate } from './mini-json-schema.js';
import { SCHEMA_DIR, schemaFiles } from './write-schema.js';

const committed = (name: string) => JSON.parse(readFileSync(`${SCHEMA_DIR}${name}.json`, 'utf8')) as Record<string, unknown>;
const results = Object.fromEntries(
  (Object.keys(SEEDS) as (keyof typeof SEEDS)[]).map((name) => [name, parseDocument(seed(name))]),
) as Record<keyof typeof SEEDS, ParseResult>;
/** What a JSON consumer sees: the parse result through JSON. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('JSON Schema files', () => {
  it('are committed for every public model and equal a fresh generation (run `pnpm --filter @zhengce/core schema`)', () => {
    const fresh = schemaFiles();
    const onDisk = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(onDisk).toEqual(Object.keys(fresh).sort());
    for (const [file, text] of Object.entries(fresh)) expect(readFileSync(SCHEMA_DIR + file, 'utf8'), file).toBe(text);
    expect(Object.keys(fresh)).toHaveLength(Object.keys(PUBLIC_MODELS).length);
  });

  it('are draft 2020-12 with an $id, title and description', () => {
    const schema = toJsonSchema('document');
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:zhengce:schema:document',
      title: 'document',
      type: 'object',
    });
    expect(schema.required).toEqual(['kind', 'profile', 'meta', 'children', 'diagnostics', 'position']);
  });
});

describe('the seeds’ parse output', () => {
  for (const name of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
    it(`${name}: validates against schema/parse-result.json and round-trips through the zod schema unchanged`, () => {
      const json = asJson(results[name]);
      expect(validate(committed('parse-result'), json)).toEqual([]);
      // zod strips unknown keys: equality proves every field the parser emits is in the model.
      expect(ParseResultSchema.parse(json)).toEqual(json);
    });
  }

  it('indicator tables, panels and targets of 001 and 003 validate against their schemas', () => {
    for (const name of ['plan15', 'gazette'] as const) {
      const text = new TextDecoder().decode(seed(name));
      for (const table of extractIndicatorTables(text)) expect(validate(committed('indicator-table'), asJson(table))).toEqual([]);
      for (const panel of extractPanels(text)) expect(validate(committed('panel'), asJson(panel))).toEqual([]);
      const targets = extractTargets(text, { planEndYear: 2030 });
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(validate(committed('target'), asJson(target))).toEqual([]);
    }
  });
});

describe('the schema checker can fail (known-bad inputs)', () => {
  const doc = asJson(results.regulation) as Record<string, unknown>;
  it('rejects a wrong kind, a missing field, an extra field, a bad date and a non-integer line', () => {
    const schema = committed('parse-result');
    expect(validate(schema, { ...doc, kind: 'law' })).not.toEqual([]);
    const { meta: _meta, ...noMeta } = doc;
    expect(validate(schema, noMeta)).not.toEqual([]);
    expect(validate(schema, { ...doc, extra: 1 })).not.toEqual([]);
    const meta = doc.meta as Record<string, unknown>;
    expect(validate(committed('document'), { ...doc, meta: { ...meta, dates: { adopted: '2024-02-30' } } })).not.toEqual([]);
    const position = { start: { line: 1.5, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    expect(validate(committed('position'), position)).not.toEqual([]);
  });

  it('follows the recursive $ref of nodes', () => {
    const bad = { type: 'article', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }, children: [{ type: 'nonsense' }] };
    expect(validate(committed('node'), bad).join('\n')).toMatch(/children\[0\]/);
  });
});
