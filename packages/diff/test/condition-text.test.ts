import { describe, expect, it } from 'vitest';
import { conditionText } from '../src/index.js';
import { anyang } from './fixtures.js';

describe('conditionText', () => {
  const rubric = anyang();

  it('uses fact labels and operator symbols', () => {
    expect(conditionText({ fact: 'satisfaction', operator: 'lessThan', value: 0.6 }, rubric)).toEqual({
      zh: '民主评议满意率 < 0.6',
      en: 'Satisfaction rate in the democratic appraisal < 0.6',
    });
  });

  it('names enum options by their labels and joins all/any/not', () => {
    const text = conditionText(
      {
        any: [
          { fact: 'commendations', operator: 'contains', value: 'national' },
          { not: { fact: 'absences', operator: 'greaterThanInclusive', value: 3 } },
        ],
      },
      rubric,
    );
    expect(text.zh).toBe('（当年度受表彰（含署名文章报道）级别 包含 “国家级” 或 非无故缺席会议培训或未按时完成任务次数 ≥ 3）');
    expect(text.en).toContain('contains "National" or not ');
  });

  it('says yes/no for a boolean test', () => {
    const withFlag = anyang();
    withFlag.facts.push({ id: 'merged', label: { zh: '当年合并重组', en: 'Merged this year' }, type: 'boolean', default: false });
    expect(conditionText({ fact: 'merged', operator: 'equal', value: true }, withFlag)).toEqual({ zh: '当年合并重组：是', en: 'Merged this year is true' });
    expect(conditionText({ fact: 'merged', operator: 'notEqual', value: true }, withFlag).zh).toBe('当年合并重组：否');
  });
});
