/** A small valid rubric that exercises every construct, for stories and unit tests. */
export const sampleRubric = {
  schemaVersion: 1,
  id: 'sample',
  version: '1.0.0',
  title: { zh: '示例评分细则', en: 'Sample rubric' },
  assumptions: [{ id: 'equal-weights', text: { zh: '各项权重相同', en: 'Equal weights' } }],
  categories: [
    { id: 'rural', label: { zh: '农村', en: 'Rural' } },
    { id: 'organ', label: { zh: '机关', en: 'Organs' } },
  ],
  facts: [
    { id: 'a1', label: { zh: '组织健全', en: 'Sound organisation' }, type: 'number', min: 0, max: 50, step: 0.5, required: true },
    { id: 'a2', label: { zh: '制度落实', en: 'Rules carried out' }, type: 'number', min: 0, max: 50, step: 0.5, required: true },
    { id: 'criticisms', label: { zh: '被通报批评次数', en: 'Notified criticisms' }, type: 'integer', min: 0, default: 0 },
    { id: 'satisfaction', label: { zh: '满意率', en: 'Satisfaction' }, type: 'number', min: 0, max: 1, default: 1 },
    {
      id: 'commendations',
      label: { zh: '受表彰', en: 'Commendations' },
      type: 'enumList',
      options: [
        { id: 'city', label: { zh: '市级', en: 'City' } },
        { id: 'province', label: { zh: '省级', en: 'Province' } },
      ],
      default: [],
    },
  ],
  scale: { min: 0, max: 100, precision: 0.5 },
  sections: [
    {
      id: 'basic',
      label: { zh: '基本建设', en: 'Basics' },
      indicators: [
        { id: 'organisation', label: { zh: '组织健全', en: 'Sound organisation' }, max: 50, points: { kind: 'direct', fact: 'a1' }, assumptions: ['equal-weights'] },
        { id: 'rules', label: { zh: '制度落实', en: 'Rules carried out' }, max: 50, points: { kind: 'direct', fact: 'a2' }, assumptions: ['equal-weights'] },
      ],
    },
  ],
  adjustments: [
    { id: 'criticism', label: { zh: '通报批评扣分', en: 'Criticism deduction' }, kind: 'perCount', fact: 'criticisms', points: -3, clause: { ref: '四(三)3' } },
    { id: 'commended', label: { zh: '受表彰加分', en: 'Commendation bonus' }, kind: 'tiered', fact: 'commendations', tiers: { city: 3, province: 5 }, pick: 'highest', clause: { ref: '四(三)1' } },
  ],
  levels: [
    { id: 'five', label: { zh: '五星级', en: 'Five stars' }, color: '#d4380d', band: { min: 90 }, clause: { ref: '四(二)' } },
    { id: 'four', label: { zh: '四星级', en: 'Four stars' }, color: '#fa8c16', band: { min: 80, max: 90 }, clause: { ref: '四(二)' } },
    { id: 'three', label: { zh: '三星级', en: 'Three stars' }, color: '#52c41a', band: { min: 60, max: 80 }, clause: { ref: '四(二)' } },
    { id: 'none', label: { zh: '不定星级', en: 'No star' }, color: '#8c8c8c', band: { max: 60 }, clause: { ref: '四(二)' } },
  ],
  gates: [
    {
      id: 'low-satisfaction',
      label: { zh: '满意率低于50%不定星级', en: 'Satisfaction below 50%: no star' },
      when: { fact: 'satisfaction', operator: 'lessThan', value: 0.5 },
      effect: { kind: 'veto', level: 'none' },
      clause: { ref: '四(三)4' },
    },
    {
      id: 'criticised',
      label: { zh: '被通报批评的原则上不得定为五星级', en: 'Criticised: in principle not five stars' },
      when: { all: [{ fact: 'criticisms', operator: 'greaterThan', value: 0 }] },
      effect: { kind: 'cap', level: 'four' },
      soft: true,
      clause: { ref: '四(三)3' },
    },
  ],
  quotas: [{ id: 'five-cap', label: { zh: '五星级不超过10%', en: 'Five stars at most 10%' }, levels: ['five'], kind: 'atMost', percent: 10, clause: { ref: '四(二)' } }],
  ranks: [{ id: 'bottom', label: { zh: '后10%为相对后进', en: 'Bottom 10%: relatively backward' }, direction: 'bottom', percent: 10, clause: { ref: '二' } }],
  outcomes: [{ id: 'plaque', label: { zh: '授五星级牌', en: 'Five-star plaque' }, kind: 'label', levels: ['five'], clause: { ref: '五' } }],
  history: [{ id: 'replace', label: { zh: '连续两年不定星级，调整书记', en: 'No star two years running: replace the secretary' }, levels: ['none'], consecutive: 2, outcome: 'action', clause: { ref: '五' } }],
};
