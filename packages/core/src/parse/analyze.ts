import type { Diagnostic } from '../models/diagnostic.js';
import type { SourceProfile } from '../models/document.js';
import { decode, type DecodeOptions, type Encoding, type Input } from '../decode/decode.js';
import { SourceText } from '../source/source-text.js';
import { releaseArena, reusedArena, type CleanArena } from '../normalize/clean-line.js';
import { readFrontMatter } from '../profile/front-matter.js';
import { readWebMeta, type WebMeta } from '../profile/web-meta.js';
import { LINE_FLAGS, splitLines, type LineTable } from '../segment/lines.js';
import { findFurniture } from '../segment/furniture.js';
import { findTrailingChrome } from '../segment/chrome.js';
import { detectWrapWidth } from '../segment/wrap.js';
import { buildBlocks, measureLayout, type Block, type Layout } from '../segment/blocks.js';

/** Everything the stages before the tree learn about an input. */
export interface Analysis {
  source: SourceText;
  encoding: Encoding;
  profile: SourceProfile;
  frontMatter: Record<string, unknown> | undefined;
  web: WebMeta | undefined;
  layout: Layout;
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** Where the lines were cleaned: the blocks' offsets are views of it (see `finishAnalysis`). */
  arena: CleanArena;
}

function detectProfile(lines: LineTable, hasFrontMatter: boolean, web: WebMeta | undefined, layout: Layout): SourceProfile {
  if (web) return 'web';
  if (layout.wrapWidth !== undefined) return 'pdf';
  let decorated = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.markdownHeading(i) !== undefined || lines.has(i, LINE_FLAGS.bold) || lines.boldLead(i) !== undefined) decorated++;
  }
  if (hasFrontMatter || decorated >= 2) return 'markdown';
  return 'plain';
}

/**
 * Run the stages up to blocks: decode, read front matter and web metadata, clean lines,
 * remove page furniture, measure the layout and rejoin broken lines.
 *
 * @throws {ZhengceError} for unusable input (see `decode`)
 */
export function analyze(input: Input, options: DecodeOptions = {}): Analysis {
  const decoded = decode(input, options);
  const source = new SourceText(decoded.text);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const frontMatter = readFrontMatter(source, diagnostics);
  const from = frontMatter?.end ?? 0;
  const arena = reusedArena(source.text, from);
  const lines = splitLines(source, from, arena);
  const web = readWebMeta(lines);
  // Lines set aside (PDF page furniture, trailing web page chrome) are reported, never dropped silently.
  const setAside = (index: number, what: string): void => {
    diagnostics.push({
      code: 'furniture-removed',
      severity: 'info',
      message: `${what} removed: ${lines.text(index)}`,
      position: source.position(lines.start(index), lines.end(index)),
    });
  };
  // By line index, 1 for a line that is not content: read for every line below.
  const isSetAside = new Uint8Array(lines.length);
  for (const index of findFurniture(lines, source.text)) {
    isSetAside[index] = 1;
    setAside(index, 'Page furniture');
  }
  for (const index of web?.lines ?? []) isSetAside[index] = 1;
  for (const index of findTrailingChrome(lines, isSetAside)) {
    isSetAside[index] = 1;
    setAside(index, 'Web page chrome');
  }
  // Read in place, with the lines set aside skipped: a copy of the rest is an array as long as the
  // text's lines, which V8 puts in its large-object space from 16,000 lines on (mapped and
  // unmapped every parse).
  const layout = measureLayout(lines, isSetAside, detectWrapWidth(lines, isSetAside));
  const blocks = buildBlocks(lines, isSetAside, layout);
  return {
    source,
    encoding: decoded.encoding,
    profile: detectProfile(lines, frontMatter !== undefined, web, layout),
    frontMatter: frontMatter?.data,
    web,
    layout,
    blocks,
    diagnostics,
    arena,
  };
}

/**
 * Read what is needed from an analysis, then give its cleaning arena back for the next parse
 * (`releaseArena`): after `read`, nothing reads the blocks' offsets, and results hold strings
 * and numbers, never views of the arena. An exception leaves the arena to the garbage collector.
 */
export function finishAnalysis<T>(analysis: Analysis, read: (analysis: Analysis) => T): T {
  const result = read(analysis);
  releaseArena(analysis.arena);
  return result;
}
