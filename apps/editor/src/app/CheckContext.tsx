import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { checkRubric, type RubricCheck } from '../engine/check';
import { useEditor } from './EditorContext';

const Ctx = createContext<RubricCheck>({ issues: [], rubric: null });

/**
 * Validates and lints the document whenever it changes. Deferred, so typing stays responsive on a
 * large rubric; the last result stays on screen until the next is ready.
 */
export function CheckProvider({ children }: { children: ReactNode }) {
  const doc = useEditor((s) => s.doc);
  const deferred = useDeferredValue(doc);
  const check = useMemo(() => {
    try {
      return checkRubric(deferred);
    } catch (err) {
      // a checker failure must not take the editor down with it; show it as a problem instead
      const msg = err instanceof Error ? err.message : String(err);
      return { issues: [{ code: 'editor.check-failed', severity: 'error' as const, path: [], message: { zh: `检查出错：${msg}`, en: `Check failed: ${msg}` } }], rubric: null };
    }
  }, [deferred]);
  return <Ctx.Provider value={check}>{children}</Ctx.Provider>;
}

export function useCheck(): RubricCheck {
  return useContext(Ctx);
}
