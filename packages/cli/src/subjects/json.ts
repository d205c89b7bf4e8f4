import { parseJson } from '@rubricate/core';
import { say } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { MAX_FILE_BYTES } from '../io/read-text.js';
import { ExitCode } from '../io/types.js';
import { jsonSyntaxFailure } from '../rubric/json-failure.js';
import { MAX_SUBJECTS, type LoadedSubjects } from './types.js';

/**
 * Reads a JSON cohort: an array of `{ id, category?, facts, history?, overrides? }`. The document is
 * parsed with the core's bounded, prototype-safe parser (a syntax error names its line and column);
 * each element is handed to the core as it is, so a malformed subject becomes that subject's error.
 */
export function readJsonSubjects(text: string, path: string): LoadedSubjects {
  const parsed = parseJson(text, { maxBytes: MAX_FILE_BYTES });
  if (!parsed.ok) throw jsonSyntaxFailure(ExitCode.usage, path, parsed.issue);
  if (!Array.isArray(parsed.value)) throw new CliFailure(ExitCode.usage, [say('subjectsNotArray', path)]);
  if (parsed.value.length > MAX_SUBJECTS) throw new CliFailure(ExitCode.usage, [say('subjectsTooMany', path, MAX_SUBJECTS)]);
  return { subjects: parsed.value.map((value: unknown, index) => ({ value, index })), errors: [] };
}
