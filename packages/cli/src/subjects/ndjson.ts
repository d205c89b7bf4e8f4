import { say } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode } from '../io/types.js';
import { parseSubjectLine } from '../stream/ndjson-line.js';
import { MAX_SUBJECTS, type InputSubject, type LoadedSubjects, type ReportedError } from './types.js';

/**
 * Reads an NDJSON (JSON Lines) cohort whole: one subject per line, blank lines skipped. A line that
 * is not JSON is that subject's error (its line number as the row); the others are scored.
 */
export function readNdjsonSubjects(text: string, path: string): LoadedSubjects {
  const subjects: InputSubject[] = [];
  const errors: ReportedError[] = [];
  const lines = text.split('\n');
  let index = 0;
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const r = parseSubjectLine(line, index, i + 1);
    if (r.ok) subjects.push({ value: r.value, index });
    else errors.push(r.error);
    index++;
  });
  if (index > MAX_SUBJECTS) throw new CliFailure(ExitCode.usage, [say('subjectsTooMany', path, MAX_SUBJECTS)]);
  return { subjects, errors };
}
