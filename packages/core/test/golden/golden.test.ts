import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { goldenFiles } from './golden-files.js';

describe('parse goldens (reviewed by hand; regenerate with test/golden/update.ts)', () => {
  const files = goldenFiles();
  it.each(Object.keys(files))('%s matches', (name) => {
    expect(files[name]).toBe(readFileSync(`${FIXTURES}golden/parse/${name}`, 'utf8'));
  });

  it('the comparison fails on a changed golden', () => {
    const [name, content] = Object.entries(files)[0]!;
    expect(content.replace(/\n$/, ' \n')).not.toBe(readFileSync(`${FIXTURES}golden/parse/${name}`, 'utf8'));
  });
});
