/** npm scopes: `@` then lower-case letters, digits, `-`, `.`, `_`. */
const SCOPE = /^@[a-z0-9][a-z0-9._-]{0,213}$/;

/**
 * The package name of a rubric: `@scope/rubric-<id>` or `rubric-<id>`. Rubric ids may hold upper
 * case letters, which npm refuses, so the id is lower-cased.
 */
export function packageName(rubricId: string, scope?: string): string {
  const base = `rubric-${rubricId.toLowerCase()}`;
  if (scope === undefined || scope === '') return base;
  const normalised = scope.startsWith('@') ? scope : `@${scope}`;
  if (!SCOPE.test(normalised)) {
    throw new RangeError(`npm 作用域无效：${scope}（应为 @ 加小写字母、数字、-、.、_） / Invalid npm scope: ${scope} (expected @ then lower-case letters, digits, -, ., _)`);
  }
  return `${normalised}/${base}`;
}

/** "anyang-2017-star-rating" → "Anyang2017StarRating", for type names. */
export function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  // A type name cannot start with a digit; rubric ids start with a letter, but be safe.
  return /^[A-Za-z]/.test(name) ? name : `Rubric${name}`;
}
