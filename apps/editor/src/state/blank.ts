/**
 * The document a new rubric starts from: the required top-level fields and nothing else, so the
 * problems panel guides the author through what is still missing (at least one level, …).
 */
export function blankRubric(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'new-rubric',
    version: '0.1.0',
    title: { zh: '新评分细则', en: 'New rubric' },
    facts: [],
    scale: { min: 0, max: 100, precision: 0.5 },
    sections: [],
    levels: [],
  };
}
