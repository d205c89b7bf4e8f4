import type { Bilingual } from '../i18n/text.js';

/** A subject as read from a file, before the core checks it, with where it came from. */
export interface InputSubject {
  /** What the core receives: `{ id, category?, facts, history?, overrides? }` when well formed. */
  value: unknown;
  /** Position in the file, 0-based (CSV: among the data rows). */
  index: number;
  /** CSV only: the row number as a spreadsheet shows it (the header is row 1). */
  row?: number;
}

/** A subject that could not be scored, located in its file. */
export interface ReportedError {
  /** The subject's id, or null when it has none. */
  id: string | null;
  /** Position in the file, 0-based. */
  index: number;
  /** Where in the subject, e.g. `facts.satisfaction`. */
  path: string;
  code: string;
  message: Bilingual;
  /** CSV only: the row number (the header is row 1). */
  row?: number;
  /** CSV only: the column name. */
  column?: string;
}

/** A subjects file, read: the subjects to score and those already refused while reading. */
export interface LoadedSubjects {
  subjects: InputSubject[];
  errors: ReportedError[];
  /** Set when the file was not UTF-8 and was read as GBK/GB18030. */
  notice?: Bilingual;
  /** CSV only: the column header, as written in the file, of each subject path (`facts.x`, `id`, `category`). */
  columns?: Record<string, string>;
}

/** More subjects than this in one file is refused: a cohort is hundreds or thousands. */
export const MAX_SUBJECTS = 200_000;
