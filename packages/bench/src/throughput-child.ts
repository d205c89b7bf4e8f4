/**
 * One process of the single-subject section:
 *   node --expose-gc --import tsx src/throughput-child.ts <sizes> <engines|all> <quick: 0|1>
 * Times the engines side by side (src/sections/throughput.ts), logs progress on stderr and prints
 * its rows as one JSON line on stdout for the parent to combine with the other processes'.
 */
import { loadEngines } from './engines/index.js';
import { throughput } from './sections/throughput.js';

const [sizesArg = '10000', enginesArg = 'all', quickArg = '0'] = process.argv.slice(2);
const sizes = sizesArg.split(',').map(Number);
const engines = await loadEngines(enginesArg === 'all' ? undefined : new Set(enginesArg.split(',')));
const rows = await throughput(engines, sizes, quickArg === '1', (s) => process.stderr.write(s + '\n'));
for (const e of engines) if (e.ok) e.engine.dispose?.();
process.stdout.write(JSON.stringify(rows) + '\n');
