import type { Gazette, GazetteMeta } from '../models/document.js';
import type { Analysis } from '../parse/analyze.js';
import { buildDocument } from '../parse/build-document.js';
import { findDocumentStarts } from './document-starts.js';

export interface SplitOptions {
  /** Split even when the text does not look like a gazette (fewer than three documents). */
  force?: boolean;
}

const GAZETTE_HEADER = /^(.{2,40}?公报)\s*(\d{4})\s*(?:年\s*)?(?:第\s*)?(\d{1,2})\s*期?$/;

/** Gazette name, year and issue from a running header such as `山西省人民代表大会常务委员会公报２０２１２`. */
function gazetteMeta(analysis: Analysis): GazetteMeta {
  for (const d of analysis.diagnostics) {
    if (d.code !== 'furniture-removed') continue;
    const text = d.message.replace(/^Page furniture removed: /, '');
    const m = GAZETTE_HEADER.exec(text);
    if (m) return { title: m[1]!, year: Number(m[2]), issue: Number(m[3]) };
    if (/公报/.test(text)) return { title: text };
  }
  return {};
}

/**
 * Split a gazette (公报) issue into its documents. Returns `undefined` when the text does not
 * bundle several documents (unless forced).
 */
export function splitGazette(analysis: Analysis, options: SplitOptions = {}): Gazette | undefined {
  const { blocks, source } = analysis;
  const starts = findDocumentStarts(blocks);
  const meta = gazetteMeta(analysis);
  const enough = starts.length >= 5 || (starts.length >= 3 && meta.title !== undefined);
  if (!enough && !(options.force && starts.length >= 1)) return undefined;
  const documents = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : blocks.length;
    const own = blocks.slice(start.index, end);
    return buildDocument(own, {
      source,
      profile: analysis.profile,
      title: { text: start.title, blocks: own.slice(0, start.length) },
      kind: start.kind,
    });
  });
  const diagnostics = [...analysis.diagnostics];
  const first = starts[0];
  if (first && first.index > 0) {
    // Text before the first title is kept as a document of its own, never dropped.
    const lead = blocks.slice(0, first.index);
    documents.unshift(buildDocument(lead, { source, profile: analysis.profile, kind: 'other' }));
    diagnostics.push({
      code: 'content-unclassified',
      severity: 'warning',
      message: 'Text before the first document title was kept as an untitled document.',
      position: documents[0]!.position,
    });
  }
  return {
    kind: 'gazette',
    profile: analysis.profile,
    meta,
    documents,
    diagnostics,
    position: source.position(0, source.length),
  };
}
