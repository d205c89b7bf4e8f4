import type { Rubric } from '../../src/schema/rubric.js';

const t = (zh: string, en: string) => ({ zh, en });
const clause = (ref: string) => ({ ref });

/**
 * A small rubric that passes validation and lint with no issue at all, using every construct once.
 * Tests copy it and change one thing.
 */
export function baseRubric(): Rubric {
  return {
    schemaVersion: 1,
    id: 'sample',
    version: '1.0.0',
    title: t('示例星级评定', 'Sample star rating'),
    assumptions: [{ id: 'equalWeights', text: t('各项同等权重', 'Aspects weigh the same') }],
    categories: [
      { id: 'rural', label: t('农村', 'Rural'), clause: clause('一') },
      { id: 'organ', label: t('机关', 'Organs'), clause: clause('一') },
    ],
    facts: [
      { id: 'orgPoints', label: t('组织建设得分', 'Organisation points'), type: 'number', min: 0, max: 40, step: 0.5 },
      { id: 'studyRate', label: t('学习完成率', 'Study completion'), type: 'number', min: 0, max: 1 },
      {
        id: 'election',
        label: t('换届情况', 'Election'),
        type: 'enum',
        options: [
          { id: 'onTime', label: t('按期', 'On time') },
          { id: 'late', label: t('逾期', 'Late') },
        ],
      },
      { id: 'selfA4', label: t('自评', 'Self rating'), type: 'number', min: 0, max: 20, step: 0.5 },
      { id: 'superiorA4', label: t('上级考评', 'Superior rating'), type: 'number', min: 0, max: 20, step: 0.5 },
      { id: 'criticisms', label: t('通报批评次数', 'Criticisms'), type: 'integer', min: 0, default: 0 },
      {
        id: 'honours',
        label: t('表彰', 'Commendations'),
        type: 'enumList',
        options: [
          { id: 'city', label: t('市级', 'City') },
          { id: 'province', label: t('省级', 'Province') },
        ],
        default: [],
      },
      { id: 'satisfaction', label: t('满意率', 'Satisfaction'), type: 'number', min: 0, max: 1 },
      { id: 'poorVillage', label: t('贫困村', 'Poor village'), type: 'boolean', default: false },
      { id: 'members', label: t('党员人数', 'Members'), type: 'integer', min: 0 },
    ],
    conditions: {
      lowSatisfaction: { fact: 'satisfaction', operator: 'lessThan', value: 0.6 },
    },
    sources: [
      { id: 'self', label: t('自评', 'Self'), clause: clause('三') },
      { id: 'superior', label: t('上级考评', 'Superior'), clause: clause('三') },
    ],
    scale: { min: 0, max: 100, precision: 0.5 },
    sections: [
      {
        id: 's1',
        label: t('基本组织', 'Organisation'),
        clause: clause('二'),
        indicators: [
          { id: 'a1', label: t('组织健全', 'Organisation'), max: 40, points: { kind: 'direct', fact: 'orgPoints' }, clause: clause('二1') },
          {
            id: 'a2',
            label: t('学习', 'Study'),
            max: 20,
            points: { kind: 'linear', fact: 'studyRate', lower: 0, upper: 1 },
            assumptions: ['equalWeights'],
          },
          {
            id: 'a3',
            label: t('按期换届', 'Elections'),
            max: 20,
            points: {
              kind: 'lookup',
              fact: 'election',
              rows: [
                { equals: 'onTime', points: 20 },
                { equals: 'late', points: 10 },
              ],
            },
            clause: clause('二3'),
          },
          {
            id: 'a4',
            label: t('综合评价', 'Overall rating'),
            max: 20,
            points: {
              kind: 'raters',
              parts: [
                { source: 'self', fact: 'selfA4', weight: 0.3 },
                { source: 'superior', fact: 'superiorA4', weight: 0.7 },
              ],
            },
            clause: clause('二4'),
          },
        ],
      },
    ],
    adjustments: [
      {
        id: 'criticised',
        label: t('通报批评', 'Criticised'),
        kind: 'perCount',
        fact: 'criticisms',
        points: -3,
        group: 'deductions',
        clause: clause('四1'),
      },
      {
        id: 'commended',
        label: t('受到表彰', 'Commended'),
        kind: 'tiered',
        fact: 'honours',
        tiers: { city: 3, province: 5 },
        pick: 'highest',
        clause: clause('四2'),
      },
      {
        id: 'unsatisfied',
        label: t('满意率低于60%', 'Satisfaction below 60%'),
        kind: 'fixed',
        when: { condition: 'lowSatisfaction' },
        points: -5,
        group: 'deductions',
        clause: clause('四3'),
      },
    ],
    adjustmentGroups: [{ id: 'deductions', label: t('扣分合计', 'Deductions'), min: -20, clause: clause('四') }],
    levels: [
      { id: 'five', label: t('五星', 'Five stars'), band: { min: 90 }, clause: clause('五') },
      { id: 'four', label: t('四星', 'Four stars'), band: { min: 80, max: 90 }, clause: clause('五') },
      { id: 'three', label: t('三星', 'Three stars'), band: { min: 70, max: 80 }, clause: clause('五') },
      { id: 'one', label: t('一星', 'One star'), band: { max: 70 }, clause: clause('五') },
      { id: 'none', label: t('不定星', 'No star'), clause: clause('五') },
    ],
    crosswalks: [
      {
        id: 'classes',
        label: t('好差对照', 'Classes'),
        levels: [
          { id: 'good', label: t('好', 'Good') },
          { id: 'poor', label: t('差', 'Poor') },
        ],
        map: { five: 'good', four: 'good', three: 'poor', one: 'poor', none: 'poor' },
        clause: clause('六'),
      },
    ],
    gates: [
      {
        id: 'veto',
        label: t('满意率低于50%不定星', 'No star below 50%'),
        when: { fact: 'satisfaction', operator: 'lessThan', value: 0.5 },
        effect: { kind: 'veto', level: 'none' },
        clause: clause('七1'),
      },
      {
        id: 'poorCap',
        label: t('贫困村原则上不评五星', 'Poor villages not five stars'),
        when: { fact: 'poorVillage', operator: 'equal', value: true },
        effect: { kind: 'cap', level: 'four' },
        soft: true,
        categories: ['rural'],
        clause: clause('七2'),
      },
      {
        id: 'lateElection',
        label: t('逾期换届降一星', 'Late election: one star lower'),
        when: { fact: 'election', operator: 'equal', value: 'late' },
        effect: { kind: 'demote', by: 1 },
        clause: clause('七3'),
      },
    ],
    flags: [
      {
        id: 'checkLow',
        label: t('满意率偏低需复核', 'Low satisfaction: review'),
        when: { all: [{ condition: 'lowSatisfaction' }, { not: { fact: 'honours', operator: 'contains', value: 'city' } }] },
        clause: clause('八'),
      },
    ],
    quotas: [
      {
        id: 'fiveCap',
        label: t('五星不超过10%', 'Five stars at most 10%'),
        levels: ['five'],
        kind: 'atMost',
        percent: 10,
        tieBreak: [{ fact: 'members', order: 'desc' }],
        clause: clause('九1'),
      },
      {
        id: 'bottomFloor',
        label: t('一星及以下不低于10%', 'One star or below at least 10%'),
        levels: ['one', 'none'],
        kind: 'atLeast',
        percent: 10,
        clause: clause('九2'),
      },
    ],
    ranks: [
      { id: 'backward', label: t('相对后进', 'Relatively backward'), direction: 'bottom', percent: 10, categories: ['rural'], clause: clause('十') },
    ],
    outcomes: [
      { id: 'prize', label: t('奖补', 'Award'), kind: 'reward', levels: ['five'], amount: 10000, currency: 'CNY', clause: clause('十一') },
    ],
    history: [
      { id: 'twoYearsLow', label: t('连续两年一星', 'One star two years running'), levels: ['one'], consecutive: 2, outcome: 'action', clause: clause('十二') },
    ],
  };
}

/** A copy of the base rubric changed by `change`. */
export function mutated(change: (r: Rubric) => void): Rubric {
  const r = baseRubric();
  change(r);
  return r;
}
