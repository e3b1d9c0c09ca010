import type { Restoration } from '../models/quantity.js';
import type { Target } from '../models/target.js';
import { boundsOf } from '../calculators/parse-quantity.js';
import { isDigitCode, isTrimmedCode } from '../normalize/chars.js';
import { foldWidth } from '../normalize/width.js';
import { decimalReadings, isWholeCount, plausibleRange } from '../tables/restore.js';

const POINT = 0x2e;

/**
 * The number written right before the `%` at `percent` — `(?<![\d.])(\d+(?:\.\d+)?)\s*%` read
 * backwards from the sign: digits, at most one point between digits, not itself after a digit or a
 * point (`1.2.5%` has none), spaces allowed before the sign — or `undefined`. Found from each `%`
 * (found with indexOf) rather than by a regex tried at every character of the document; each space
 * and digit is read back from one sign only (the next sign stops at this one), so it stays linear.
 */
function numberBeforePercent(folded: string, percent: number): string | undefined {
  let end = percent;
  while (end > 0 && isTrimmedCode(folded.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isDigitCode(folded.charCodeAt(start - 1))) start--;
  if (start === end) return undefined;
  if (folded.charCodeAt(start - 1) === POINT) {
    const point = start - 1;
    start = point;
    while (start > 0 && isDigitCode(folded.charCodeAt(start - 1))) start--;
    if (start === point || folded.charCodeAt(start - 1) === POINT) return undefined;
  }
  return folded.slice(start, end);
}

/**
 * True when a text shows the lost-decimal pattern of a PDF extraction: many percentages, (almost)
 * none written with a decimal point, and several above 100 % (`５４４７％` for 54.47 %). Clean
 * Chinese policy text writes decimals constantly (`5.5%`, `1.75万`).
 *
 * @param folded - the text with full-width digits folded (`SourceText#folded`)
 */
export function showsLostDecimalPoints(folded: string): boolean {
  let percentages = 0;
  let withPoint = 0;
  let above100 = 0;
  for (let at = folded.indexOf('%'); at !== -1; at = folded.indexOf('%', at + 1)) {
    const number = numberBeforePercent(folded, at);
    if (number === undefined) continue;
    percentages++;
    if (number.includes('.')) withPoint++;
    else if (Number(number) > 100) above100++;
  }
  return percentages >= 20 && withPoint <= percentages * 0.02 && above100 >= Math.max(2, percentages * 0.05);
}

/**
 * Re-read a target's number in a text that lost its decimal points: the reading with the fewest
 * decimals that is plausible for the indicator (a share within 0–100 %, an annual growth within
 * ±30 %, a life expectancy within 50–90 years …), with `restoration` saying how sure that is and
 * which readings remain. A number written with its point, a single digit, a whole count
 * (`14个`, `5000家`) and a range are kept; an absolute amount (`300亿立方米`) has no plausible
 * range, so it is kept as written with its other readings as alternatives.
 * Running text has no clean copy or arithmetic to check against (tables do), so confidence stays
 * below 0.8: these are never certain.
 *
 * @example
 * restoreTargetDecimals(target); // 城镇调查失业率 ５５％ → 5.5, restoration { method: 'range', confidence: 0.7, … }
 */
export function restoreTargetDecimals(target: Target): Target {
  const quantity = target.quantity;
  // 14个, 5000家: whole counts have no decimals to lose.
  if (quantity.value === undefined || isWholeCount(target.indicator, target.unit)) return target;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(foldWidth(quantity.raw))?.[0];
  if (digits === undefined || digits.includes('.')) return target;
  const readings = decimalReadings(digits);
  if (readings.length === 0 || (readings.length === 1 && readings[0]!.decimals === 0)) return target;
  let chosen = readings[0]!;
  let restoration: Restoration;
  if (readings.length === 1) {
    restoration = { digits, method: 'leading-zero', confidence: 0.95 };
  } else {
    const change = target.kind === 'annual-growth' || target.kind === 'reduction' || target.kind === 'cumulative-change';
    // Rates and shares are bounded; an absolute amount (亿立方米, 万吨) in running text is not.
    const relative = !target.unit || ['percent', 'permille', 'percentage-point'].includes(target.unit.dimension) || target.unit.multiplier < 1e8;
    const range = relative
      ? plausibleRange(target.indicator, target.unit, { role: change ? 'growth' : 'target', cumulative: target.kind !== 'annual-growth' && change })
      : undefined;
    const plausible = range ? readings.filter((r) => r.value >= range.min && r.value <= range.max) : [];
    if (range && plausible.length > 0) {
      chosen = plausible[0]!;
      const others = plausible.slice(1).map((r) => r.value);
      // Sure of the order of magnitude only when one reading fits; the integer fitting too is a guess.
      restoration = { digits, method: 'range', confidence: plausible.length === 1 ? 0.7 : 0.4 };
      if (others.length > 0) restoration.alternatives = others;
    } else {
      restoration = { digits, method: 'as-written', confidence: 0.3, alternatives: readings.slice(1).map((r) => r.value) };
    }
  }
  const value = chosen.value;
  const restored: Target['quantity'] = { ...quantity, value, restoration };
  const bounds = boundsOf(quantity.qualifier, value);
  if (bounds) restored.bounds = bounds;
  else delete restored.bounds;
  return { ...target, quantity: restored };
}
