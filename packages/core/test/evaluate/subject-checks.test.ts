import { describe, expect, it } from 'vitest';
import { evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import type { SubjectError } from '../../src/result/types.js';
import { anyang, subject } from './fixtures/anyang.js';
import { base, kinds } from './fixtures/kinds.js';

const p = prepareRubric(anyang);
const errorsOf = (s: unknown, prepared = p): SubjectError[] => {
  const r = evaluateSubject(prepared, s, 7);
  return r.ok ? [] : r.errors;
};
const codes = (s: unknown, prepared = p) => errorsOf(s, prepared).map((e) => [e.path, e.code]);

describe('subject checks', () => {
  it('shape and id', () => {
    expect(codes(null)).toEqual([['', 'subject-shape']]);
    expect(codes([])).toEqual([['', 'subject-shape']]);
    expect(codes({ facts: subject('x', 9).facts })).toEqual([['id', 'subject-id']]);
    expect(codes({ ...subject('x', 9), extra: 1 })).toEqual([['extra', 'subject-unknown-key']]);
    expect(errorsOf({ facts: {} })[0]).toMatchObject({ id: null, index: 7 });
  });
  it('facts: required, type, range, step, undeclared, reserved', () => {
    const s = subject('x', 9, { a1: 11, a2: 9.25, a3: '9', absences: 1.5, satisfaction: undefined, bogus: 1 });
    delete (s.facts as Record<string, unknown>).satisfaction;
    expect(codes(s)).toEqual([
      ['facts.bogus', 'undeclared-fact'],
      ['facts.a1', 'fact-value'],
      ['facts.a2', 'fact-value'],
      ['facts.a3', 'fact-value'],
      ['facts.absences', 'fact-value'],
      ['facts.satisfaction', 'fact-missing'],
    ]);
    const e = errorsOf(s);
    expect(e[1]?.message.zh).toBe('录入事项 a1（组织健全）：11 大于最大值 10');
    expect(e[2]?.message.zh).toBe('录入事项 a2（制度完善、落实）：9.25 不是 0.5 的整数倍');
    expect(e[2]?.id).toBe('x');
    const polluted = JSON.parse('{"id":"p","facts":{"__proto__":{"x":1},"a1":1}}') as unknown;
    expect(codes(polluted)).toContainEqual(['facts.__proto__', 'reserved-key']);
  });
  it('enum lists: options, duplicates', () => {
    expect(codes(subject('x', 9, { commendations: ['city', 'city'] }))).toEqual([['facts.commendations', 'fact-value']]);
    expect(codes(subject('x', 9, { commendations: ['county'] }))).toEqual([['facts.commendations', 'fact-value']]);
    expect(codes(subject('x', 9, { commendations: 'city' }))).toEqual([['facts.commendations', 'fact-value']]);
  });
  it('defaults fill in missing optional facts', () => {
    const r = evaluateSubject(p, subject('x', 9));
    expect(r.ok && r.result.score).toBe(90);
  });
  it('categories must be declared', () => {
    expect(codes({ ...subject('x', 9), category: 'rural' })).toEqual([['category', 'unknown-category']]);
    const k = prepareRubric(kinds);
    expect(codes({ id: 'k', facts: base }, k)).toEqual([['category', 'category-missing']]);
  });
  it('overrides must name soft gates, once, with a reason', () => {
    const k = prepareRubric(kinds);
    const s = (overrides: unknown) => ({ id: 'k', category: 'rural', facts: base, overrides });
    expect(codes(s([{ gate: 'seriousVeto', reason: 'x' }]), k)).toEqual([['overrides[0].gate', 'override-hard-gate']]);
    expect(codes(s([{ gate: 'nope', reason: 'x' }]), k)).toEqual([['overrides[0].gate', 'override-unknown-gate']]);
    expect(codes(s([{ gate: 'poorCap', reason: '' }]), k)).toEqual([['overrides[0].reason', 'override-reason']]);
    expect(codes(s([{ gate: 'poorCap', reason: 'a' }, { gate: 'poorCap', reason: 'b' }]), k)).toEqual([['overrides[1].gate', 'override-duplicate']]);
    expect(codes(s([{ gate: 'poorCap', reason: 'a' }]), k)).toEqual([]);
  });
  it('history entries: shape, declared levels, unique periods', () => {
    const s = (history: unknown) => ({ ...subject('x', 9), history });
    expect(codes(s([{ period: '2019', level: 'gold' }]))).toEqual([['history[0].level', 'history-level']]);
    expect(codes(s([{ period: '2019', level: null }, { period: '2019', level: 'none' }]))).toEqual([['history[1].period', 'history-duplicate']]);
    expect(codes(s([{ period: 2019, level: 'none' }]))).toEqual([['history[0].period', 'history-period']]);
    expect(codes(s({}))).toEqual([['history', 'history-shape']]);
  });
  it('every error message is in both languages', () => {
    const all = errorsOf({ id: 'x', category: 1, facts: { a1: 'x', zz: 1 }, overrides: [{ gate: 'q', reason: 'r' }], history: [1] });
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en.length).toBeGreaterThan(5);
    }
  });
});
