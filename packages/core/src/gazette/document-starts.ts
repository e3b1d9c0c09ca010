import type { DocumentKind } from '../models/document.js';
import type { Block } from '../segment/blocks.js';
import { endsWithTerminal } from '../normalize/ends-with-terminal.js';
import { startsWithLabel } from '../hierarchy/labels.js';
import { kindFromTitle } from '../meta/classify-kind.js';
import { parseAnnouncementNumber, parseDocNumber } from '../meta/doc-number.js';

/** Where a bundled document starts: its title lines and the kind the title names. */
export interface DocumentStart {
  /** Index of the first title block. */
  index: number;
  /** Number of blocks that make up the title. */
  length: number;
  title: string;
  kind: DocumentKind;
}

const DATE_AT_END = /[0-9〇零一二三四五六七八九十]{1,3}日$/;
const SESSION_OPENER = /^[（(][^）)]*[0-9〇零一二三四五六七八九十]{4}年[^）)]*(?:通过|推定|批准|决定|修订|修正|会议)/;
const ADDRESS = /^(?:各位代表|主任、各位副主任|各位委员|同志们|各位)[^。]{0,30}[：:]$/;

/**
 * `DATE_AT_END`, tested only on text ending with 日: a `…$` pattern is tried from every start
 * position of the text.
 */
function endsWithDate(text: string): boolean {
  return text.endsWith('日') && DATE_AT_END.test(text);
}

/** A line that can be part of a centred title: short, unpunctuated, not numbered, not a date. */
function isTitleLine(block: Block): boolean {
  const t = block.text;
  return (
    t.length >= 2 &&
    t.length <= 150 &&
    !endsWithTerminal(t) &&
    !t.startsWith('—') &&
    !startsWithLabel(t) &&
    !endsWithDate(t) &&
    !SESSION_OPENER.test(t) &&
    !parseAnnouncementNumber(t) &&
    !block.tabbed &&
    !block.columnar
  );
}

/** The previous document has ended: a sentence, a date or signature, an announcement formula. */
function closes(block: Block | undefined): boolean {
  if (!block) return true;
  const t = block.text;
  // A lone short line (a name ending a name list, a signature) also ends a text.
  return endsWithTerminal(t) || endsWithDate(t) || t.endsWith('现予公告') || block.columnar ||
    t.endsWith(')') || t.endsWith('）') || (t.length <= 5 && !/[报告决议办法条例公告名单]$/.test(t));
}

/** What follows a title: a session line, an announcement number, a speech subtitle, an address. */
function opens(block: Block | undefined): boolean {
  if (!block) return false;
  const t = block.text;
  return SESSION_OPENER.test(t) || parseAnnouncementNumber(t) !== undefined || t.startsWith('—') || ADDRESS.test(t) ||
    parseDocNumber(t) !== undefined || block.indent;
}

/**
 * Find where bundled documents start: a group of up to five short title lines that follows
 * the end of a text, names a kind of document (…办法, …的决议, …报告, …公告, …名单, …议程),
 * and is followed by what opens a document (a session line `（2021年1月23日…通过）`, an
 * announcement number, a `——` subtitle, an address `各位代表：`, an indented first paragraph).
 * The first title of the
 * text needs no opener.
 */
export function findDocumentStarts(blocks: readonly Block[]): DocumentStart[] {
  const starts: DocumentStart[] = [];
  // Whether each block is a title line, by index (0 not known yet, 1 yes, 2 no): a block is
  // asked up to three times, as a start, inside a title group, and as what follows one.
  const titleLine = new Uint8Array(blocks.length);
  const isTitleAt = (i: number): boolean => {
    if (titleLine[i] === 0) titleLine[i] = isTitleLine(blocks[i]!) ? 1 : 2;
    return titleLine[i] === 1;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!isTitleAt(i) || !closes(blocks[i - 1])) continue;
    // A title does not start with a lone name or word (the end of a name list), unless that word
    // is itself a title (公告).
    if (blocks[i]!.text.length <= 5 && !kindFromTitle(blocks[i]!.text)) continue;
    let best: DocumentStart | undefined;
    let title = '';
    for (let j = i; j < Math.min(blocks.length, i + 5) && isTitleAt(j); j++) {
      title += blocks[j]!.text;
      if (title.length > 150) break;
      const kind = kindFromTitle(title.replace(/[《》〈〉]/g, ''));
      const next = blocks[j + 1];
      if (kind && (opens(next) || (starts.length === 0 && i < 3 && next && !isTitleAt(j + 1)))) {
        best = { index: i, length: j - i + 1, title: title.replace(/\s+/g, ''), kind };
      }
    }
    if (best) {
      starts.push(best);
      i += best.length - 1;
    }
  }
  return starts;
}
