/** What every generated entry point is made from. */
export interface EntryInput {
  /** The rubric as JSON text (exactly rubric.json). */
  json: string;
  id: string;
  version: string;
  hash: string;
  /** A leading comment naming the rubric. */
  banner: string;
}
