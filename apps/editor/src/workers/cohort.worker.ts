/// <reference lib="webworker" />
import { createCohortSession } from './cohortSession';
import type { ToWorker } from './protocol';

/** Scores the cohort off the main thread, so re-scoring thousands of subjects never blocks typing. */
const session = createCohortSession();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  for (const { message, transfer } of session.handle(e.data)) scope.postMessage(message, transfer);
};
