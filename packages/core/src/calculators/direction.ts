/** Which way is better for an indicator. */
export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Words in an indicator name that mark "lower is better": rates of bad events, intensities of
 * consumption or emission, debt. Checked as substrings.
 */
export const LOWER_IS_BETTER_KEYWORDS = [
  '失业率',
  '死亡率',
  '发病率',
  '发生率',
  '患病率',
  '事故',
  '能耗',
  '耗能',
  '用水量',
  '排放',
  '浓度',
  '负债率',
  '不良贷款率',
  '贫困发生率',
  '降低',
  '下降',
  '减少',
  '超标',
  '劣Ⅴ类',
  '劣V类',
  '恩格尔系数',
  '基尼系数',
  '差距',
] as const;

/**
 * Guess the direction of an indicator from its name: `lower-is-better` when it names a rate of
 * harm, an intensity of use or emission, or a gap; `higher-is-better` otherwise. A guess: pass
 * the direction explicitly when you know it.
 *
 * @param name - The indicator name.
 * @returns The guessed direction.
 * @example
 * inferDirection('城镇调查失业率'); // 'lower-is-better'
 * inferDirection('常住人口城镇化率'); // 'higher-is-better'
 */
export function inferDirection(name: string): Direction {
  return LOWER_IS_BETTER_KEYWORDS.some((word) => name.includes(word)) ? 'lower-is-better' : 'higher-is-better';
}
