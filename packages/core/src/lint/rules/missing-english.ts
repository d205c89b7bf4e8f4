import type { Issue } from '../../result/types.js';
import { describeWhere } from '../../messages/path.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import type { Path } from '../../validate/walk.js';

const CODE = 'label.missing_en';

/** Keys holding conditions or fact values: their objects are data, not text shown to people. */
const DATA_KEYS = new Set(['conditions', 'when', 'validWhen', 'default', 'value', 'params', 'map', 'tiers']);

/** Every text shown to people has an English version beside the Chinese. */
export const missingEnglish: RubricRule = {
  code: CODE,
  description: { zh: '显示给人看的文字都有英文', en: 'Every text shown to people has an English version' },
  check(rubric) {
    const out: Issue[] = [];
    const visit = (node: unknown, path: Path): void => {
      if (Array.isArray(node)) {
        node.forEach((x, i) => visit(x, [...path, i]));
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      if (typeof obj.zh === 'string' && path.length > 0) {
        if (obj.en === undefined || obj.en === '') {
          const where = describeWhere(rubric, path);
          out.push(warning(CODE, path, `${where.zh} 缺少英文（en）`, `${where.en} has no English text (en)`));
        }
        return;
      }
      for (const [key, value] of Object.entries(obj)) if (!DATA_KEYS.has(key)) visit(value, [...path, key]);
    };
    visit(rubric, []);
    return out;
  },
};
