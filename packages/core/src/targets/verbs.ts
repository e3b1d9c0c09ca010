import type { Qualifier } from '../models/quantity.js';

/** What a verb before a number says about the target. */
export const VERB_MEANINGS = ['growth', 'reduction', 'cumulative', 'level'] as const;
export type VerbMeaning = (typeof VERB_MEANINGS)[number];

/**
 * Verbs that put a number after them as a target, with their meaning and the qualifier they imply
 * (`低于 5.5%` is `less-than`, `控制在` caps). Matched as the text right before the number,
 * longest first, so `年均增长` wins over `增长` and `提高到` over `提高`.
 */
export const TARGET_VERBS = [
  ['年均增长', 'growth'],
  ['年均提高', 'growth'],
  ['年均提升', 'growth'],
  ['年均递增', 'growth'],
  ['年均增速', 'growth'],
  ['年均下降', 'reduction'],
  ['年均降低', 'reduction'],
  ['年均减少', 'reduction'],
  ['提高到', 'level'],
  ['提高至', 'level'],
  ['提升到', 'level'],
  ['提升至', 'level'],
  ['增加到', 'level'],
  ['增加至', 'level'],
  ['增长到', 'level'],
  ['增长至', 'level'],
  ['扩大到', 'level'],
  ['扩大至', 'level'],
  ['下降到', 'level'],
  ['下降至', 'level'],
  ['降低到', 'level'],
  ['降低至', 'level'],
  ['减少到', 'level'],
  ['减少至', 'level'],
  ['压减到', 'level'],
  ['压减至', 'level'],
  ['控制在', 'level', 'at-most'],
  ['控制到', 'level', 'at-most'],
  ['稳定在', 'level'],
  ['保持在', 'level'],
  ['维持在', 'level'],
  ['不低于', 'level', 'at-least'],
  ['不少于', 'level', 'at-least'],
  ['不高于', 'level', 'at-most'],
  ['不超过', 'level', 'at-most'],
  ['达到', 'level'],
  ['升至', 'level'],
  ['增至', 'level'],
  ['降至', 'level'],
  ['降到', 'level'],
  ['突破', 'level', 'more-than'],
  ['超过', 'level', 'more-than'],
  ['高于', 'level', 'more-than'],
  ['低于', 'level', 'less-than'],
  ['少于', 'level', 'less-than'],
  ['降低', 'reduction'],
  ['下降', 'reduction'],
  ['减少', 'reduction'],
  ['压减', 'reduction'],
  ['削减', 'reduction'],
  ['提高', 'cumulative'],
  ['提升', 'cumulative'],
  ['增加', 'cumulative'],
  ['增长', 'cumulative'],
  ['新增', 'cumulative'],
  ['扩大', 'cumulative'],
  ['累计', 'cumulative'],
  ['达', 'level'],
] as const satisfies readonly (readonly [string, VerbMeaning, Qualifier?])[];

/**
 * Verbs that take a count before their object (`培育200户先进级以上智能工厂`): the indicator is the
 * noun after the number.
 */
export const COUNT_FIRST_VERBS = [
  '培育',
  '打造',
  '创建',
  '建设',
  '建成',
  '新建',
  '引进',
  '研发',
  '产出',
  '具备',
  '形成',
  '认定',
  '转化',
  '培训',
] as const;

/**
 * Verbs that take their object before the number (`累计建成高标准农田 3050 万亩`): the indicator is
 * the verb and object; all of these count what is added over the period.
 */
export const OBJECT_FIRST_VERBS = ['累计', '新增', '新建', '建成', '改造', '退出', '淘汰'] as const;

/** Words between a subject and its verb that belong to neither: 再增加, 进一步提高. */
export const VERB_ADVERBS = ['进一步', '稳步', '逐步', '持续', '分别', '力争', '将', '再', '均', '要'] as const;
