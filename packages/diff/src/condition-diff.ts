import type { Condition } from '@rubricate/core';
import type { FieldDiffer } from './context.js';
import { conditionText } from './condition-text.js';
import type { Change } from './types.js';

/** A changed condition is major (who meets it can change); the message shows both in words. */
export function conditionDiffer(kind: string): FieldDiffer {
  return (oldValue, newValue, site, ctx): Change[] => {
    const a = conditionText(oldValue as Condition | undefined, ctx.old);
    const b = conditionText(newValue as Condition | undefined, ctx.new);
    return [
      {
        kind,
        bump: 'major',
        path: site.path,
        message: {
          zh: `${site.owner.zh}的条件由“${a.zh}”改为“${b.zh}”`,
          en: `Condition of ${site.owner.en} changed from "${a.en}" to "${b.en}"`,
        },
      },
    ];
  };
}
