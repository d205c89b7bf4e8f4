import type { Message } from '../result/types.js';

/**
 * A problem with one subject found while checking or scoring it. Collected into `SubjectError`s;
 * it never stops the other subjects.
 */
export class SubjectFault extends Error {
  constructor(
    /** Where in the subject, e.g. "facts.a1". */
    readonly path: string,
    readonly code: string,
    readonly msg: Message,
  ) {
    super(msg.en);
    this.name = 'SubjectFault';
  }
}
