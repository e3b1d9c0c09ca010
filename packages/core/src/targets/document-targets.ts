import type { PolicyDocument } from '../models/document.js';
import type { Block } from '../segment/blocks.js';
import type { SourceText } from '../source/source-text.js';
import { planEndYear } from '../meta/plan-period.js';
import { extractTargetsFromMapped, type DocumentTarget } from './extract-targets.js';
import { reviewSpans } from './review-sections.js';

/**
 * Targets paragraph by paragraph — the analysis's blocks, where PDF lines broken mid-word are
 * rejoined and page furniture is gone, so an indicator is never cut at a line end — each with
 * the plan period and title of the document it belongs to.
 */
export function documentTargets(
  blocks: readonly Block[],
  documents: readonly PolicyDocument[],
  source: SourceText,
  fixedYear: number | undefined,
): DocumentTarget[] {
  const targets: DocumentTarget[] = [];
  const reviews = documents.flatMap((doc) => reviewSpans(doc.children));
  const years = documents.map((doc) => fixedYear ?? planEndYear(doc.meta));
  let d = 0;
  let r = 0;
  for (const block of blocks) {
    // Blocks, documents and review sections are all in text order: each is found walking forward.
    while (d < documents.length && documents[d]!.position.end.offset <= block.start) d++;
    while (r < reviews.length && reviews[r]!.end <= block.start) r++;
    // Every target states a number: cleaning noted which lines hold a digit (most paragraphs none).
    if (!block.hasDigit) continue;
    const doc = documents[d] && documents[d]!.position.start.offset <= block.start ? documents[d] : undefined;
    const review = reviews[r] !== undefined && reviews[r]!.start <= block.start;
    // A result in a review belongs to the period before: the plan's end year is not its year.
    const year = review ? undefined : doc ? years[d] : fixedYear;
    for (const target of extractTargetsFromMapped(block, source, year, doc?.meta.title)) {
      if (review) target.review = true;
      targets.push(target);
    }
  }
  return targets;
}

