import type { Message, Rubric } from '@rubricate/core';

/** A level of the rubric in words (its label), or its id when unknown. */
export function levelName(rubric: Rubric, id: string | undefined): Message {
  const level = id === undefined ? undefined : rubric.levels.find((l) => l.id === id);
  if (!level) return { zh: id ?? '（无）', en: id ?? '(none)' };
  return { zh: level.label.zh, en: level.label.en ?? level.id };
}
