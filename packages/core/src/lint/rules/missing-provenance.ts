import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { provenanced } from '../../validate/walk.js';

const CODE = 'rule.no_provenance';

/** Kinds that are rules of the source (scored, decided or applied), and so must cite where they come from. */
const RULE_KINDS = new Set(['sections', 'adjustments', 'adjustmentGroups', 'levels', 'crosswalks', 'gates', 'flags', 'quotas', 'ranks', 'outcomes', 'history']);

/**
 * Every rule cites the clause it encodes, or the stated assumptions it rests on where the source is
 * silent. An indicator counts as cited when its section cites a clause or an assumption.
 */
export const missingProvenance: RubricRule = {
  code: CODE,
  description: { zh: '每条规则都注明出处条款或所依据的假定', en: 'Every rule cites a clause or an assumption' },
  check(rubric) {
    const out: Issue[] = [];
    for (const { item, path, owner } of provenanced(rubric)) {
      const kind = path[0] as string;
      const isIndicator = kind === 'sections' && path.length === 4;
      if (!RULE_KINDS.has(kind) || (kind === 'sections' && !isIndicator)) continue;
      if (item.clause !== undefined || (item.assumptions !== undefined && item.assumptions.length > 0)) continue;
      // An indicator may rely on its section's citation.
      if (isIndicator) {
        const section = rubric.sections[path[1] as number]!;
        if (section.clause !== undefined || (section.assumptions?.length ?? 0) > 0) continue;
      }
      out.push(
        warning(
          CODE,
          path,
          `${owner.zh} 既没有注明出处条款（clause），也没有说明所依据的假定（assumptions）`,
          `${owner.en} cites neither a clause nor an assumption`,
        ),
      );
    }
    return out;
  },
};
