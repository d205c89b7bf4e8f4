import { it } from 'vitest';
import { run } from '../src/commands/explain.js';
import { run as score } from '../src/commands/score.js';
import { memoryIo, fixture } from './helpers.js';
it('dbg', async () => {
  for (const id of ['s01', 's02', 's08']) {
    const io = memoryIo();
    await run({ rubric: fixture('mini-star.json'), subjects: fixture('cohort.json'), id, lang: 'zh', encoding: 'auto' }, io);
    console.log(io.out());
  }
  const io = memoryIo();
  await run({ rubric: fixture('mini-star.json'), subjects: fixture('cohort.json'), id: 's05', lang: 'en', encoding: 'auto' }, io);
  console.log(io.out());
  for (const lang of ['zh', 'en'] as const) {
  const t = memoryIo();
  await score({ rubric: fixture('mini-star.json'), subjects: fixture('cohort-errors.csv'), format: 'table', lang, encoding: 'auto' }, t);
  console.log(t.out());
  const t2 = memoryIo();
  await score({ rubric: fixture('mini-star.json'), subjects: fixture('cohort.csv'), format: 'table', lang, encoding: 'auto' }, t2);
  console.log(t2.out());
  }
});
