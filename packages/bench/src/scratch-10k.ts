import { generateSubjects } from './data.js';
import { loadRubricate } from './engines/rubricate.js';
import { scoreAnyang } from './baselines/handwritten.js';
import { settle } from './measure.js';
const r = await loadRubricate();
if (!r.ok) throw new Error(r.reason);
const e = r.engine;
const n = Number(process.env.N ?? 10000);
const subjects = generateSubjects(n);
const out: unknown[] = new Array(n);
const loops: Record<string, () => void> = {
  hand: () => { for (let i = 0; i < n; i++) out[i] = scoreAnyang(subjects[i]!.facts); },
  wrapped: () => { const c = e.compiled!; for (let i = 0; i < n; i++) out[i] = c(subjects[i]!); },
};
async function time(name: string) {
  const f = loops[name]!;
  f();
  const res: number[] = [];
  for (let k = 0; k < 5; k++) {
    if (process.env.SETTLE === 'gc') (globalThis as any).gc(); else if (process.env.SETTLE === 'idle') await new Promise((r) => setTimeout(r, 200)); else if (process.env.SETTLE) await settle();
    const c0 = process.cpuUsage(); for (let rep = 0; rep < 25; rep++) f(); const c = process.cpuUsage(c0); res.push((c.user + c.system) / 1000 / 25 / n * 1e6);
  }
  res.sort((a, b) => a - b);
  console.log(name, res.map((x) => x.toFixed(0)).join(' '));
}
for (const name of process.argv.slice(2)) await time(name);
