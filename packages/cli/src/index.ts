/**
 * @rubricate/cli — the `rubricate` command line as a library: `main` runs it with any {@link Io},
 * and each command's `run` can be called directly.
 */
export { main, type MainOptions } from './main.js';
export { defineProgram, DEFAULT_HELP_WIDTH } from './program.js';
export { commands } from './commands/index.js';
export type { CommandModule, Parsed } from './commands/types.js';
export { validateCommand, type ValidateArgs } from './commands/validate.js';
export { lintCommand, type LintArgs } from './commands/lint.js';
export { scoreCommand, type ScoreArgs, type ScoreFormat } from './commands/score.js';
export { explainCommand, type ExplainArgs } from './commands/explain.js';
export { ExitCode, type Io } from './io/types.js';
export { nodeIo } from './io/node-io.js';
export { CliFailure } from './io/failure.js';
export { decodeText, type Encoding } from './io/read-text.js';
export { readCsvSubjects } from './subjects/csv.js';
export { readJsonSubjects } from './subjects/json.js';
export type { InputSubject, LoadedSubjects, ReportedError } from './subjects/types.js';
export { scoreCohort, summariseCohort, type ScoredCohort, type SummarisedCohort } from './score/score-cohort.js';
export { DEFAULT_LANG, type Lang } from './i18n/lang.js';
export { VERSION } from './version.js';
