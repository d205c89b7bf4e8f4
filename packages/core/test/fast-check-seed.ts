import fc from 'fast-check';

// Property tests explore a new seed on every local run; under CI (CI=true) they use a fixed one so that
// a run can be reproduced exactly and a submission's result does not depend on luck. FC_SEED overrides.
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261122' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
