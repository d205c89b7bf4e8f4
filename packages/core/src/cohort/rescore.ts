import { checkSubject, type CheckedSubject } from '../evaluate/facts/check-subject.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import { type CohortDecisions, createScorer } from './cohort-scorer.js';

/** Everything a subject's check depends on: facts, categories, levels (history) and gates (overrides). */
function checkSignature(plan: PreparedPlan): string {
  return JSON.stringify([plan.rubric.facts, plan.categories, plan.levels.map((l) => l.id), plan.gates.map((g) => [g.id, g.soft])]);
}

/**
 * A cohort to score again and again while its rubric is edited (the editor re-scores after every
 * keystroke). Most of scoring a subject is checking it and laying out its facts; edits to points,
 * bands, gates, quotas or outcomes leave that work as it was, so it is done once and kept, and
 * each call only evaluates the rules. The subjects are checked again when the rubric's facts,
 * categories, levels or gates differ from the last call's. Every call gives the same decisions as
 * `createCohortScorer` fed the same subjects in order. Keeps a checked copy of every subject: for
 * cohorts that fit in memory.
 */
export function createCohortRescorer(subjects: readonly unknown[]): (prepared: PreparedRubric) => CohortDecisions {
  let signature: string | undefined;
  let checked: (CheckedSubject | undefined)[] = [];
  return (prepared) => {
    const plan = prepared.plan;
    const sig = checkSignature(plan);
    if (sig !== signature) {
      checked = subjects.map((s, i) => {
        const r = checkSubject(plan, s, i);
        return r.ok ? r.subject : undefined;
      });
      signature = sig;
    }
    const scorer = createScorer(prepared, { expected: subjects.length });
    for (let i = 0; i < subjects.length; i++) {
      const c = checked[i];
      if (c) scorer.addChecked(c, subjects[i]);
      else scorer.add(subjects[i], i);
    }
    return scorer.finish();
  };
}
