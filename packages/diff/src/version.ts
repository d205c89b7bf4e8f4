import type { Message, Rubric } from '@rubricate/core';
import { bumpCovers } from './bump.js';
import { listChanges } from './diff-rubrics.js';
import { maxBump } from './bump.js';
import type { Bump } from './types.js';

/** The bump the change from `oldRubric` to `newRubric` requires (rules only, no cohort). */
export function requiredBump(oldRubric: Rubric, newRubric: Rubric): Bump {
  return listChanges(oldRubric, newRubric).reduce<Bump>((acc, c) => maxBump(acc, c.bump), 'none');
}

interface Parsed {
  major: number;
  minor: number;
  patch: number;
  pre: string | undefined;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

function parse(version: string): Parsed | undefined {
  const m = SEMVER.exec(version);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] };
}

/** The bump from one version to the next: how much the version number moved. */
export function versionBump(from: string, to: string): Bump | 'downgrade' | undefined {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return undefined;
  if (b.major !== a.major) return b.major > a.major ? 'major' : 'downgrade';
  if (b.minor !== a.minor) return b.minor > a.minor ? 'minor' : 'downgrade';
  if (b.patch !== a.patch) return b.patch > a.patch ? 'patch' : 'downgrade';
  if (a.pre === b.pre) return 'none';
  // 1.0.0-rc.1 → 1.0.0 releases the prerelease; the reverse goes back.
  if (a.pre !== undefined && b.pre === undefined) return 'patch';
  if (a.pre === undefined || b.pre === undefined) return 'downgrade';
  return a.pre < b.pre ? 'patch' : 'downgrade';
}

/** The outcome of {@link checkVersion}. */
export interface VersionCheck {
  ok: boolean;
  required: Bump;
  /** How far the version number moved ('downgrade' when it went back). */
  actual: Bump | 'downgrade' | 'invalid';
  /** Why the version is refused (absent when ok). */
  error?: Message;
}

/**
 * Checks that `newRubric.version` moved at least as far as the change requires: a major change
 * needs a new major version (a new minor while at 0.x, as semver allows), a minor change a new
 * minor, a wording change a new patch. Unchanged rubrics may keep their version.
 */
export function checkVersion(oldRubric: Rubric, newRubric: Rubric): VersionCheck {
  const required = requiredBump(oldRubric, newRubric);
  const moved = versionBump(oldRubric.version, newRubric.version);
  if (moved === undefined) {
    return {
      ok: false,
      required,
      actual: 'invalid',
      error: { zh: `版本号无法比较：${oldRubric.version} → ${newRubric.version}`, en: `Cannot compare versions ${oldRubric.version} → ${newRubric.version}` },
    };
  }
  if (moved === 'downgrade') {
    return {
      ok: false,
      required,
      actual: moved,
      error: { zh: `新版本号 ${newRubric.version} 小于原版本号 ${oldRubric.version}`, en: `New version ${newRubric.version} is lower than ${oldRubric.version}` },
    };
  }
  // Below 1.0.0 semver lets a minor carry breaking changes.
  const effective: Bump = moved === 'minor' && oldRubric.version.startsWith('0.') ? 'major' : moved;
  if (bumpCovers(effective, required)) return { ok: true, required, actual: moved };
  const need = NEED[required];
  return {
    ok: false,
    required,
    actual: moved,
    error: {
      zh: `本次修改需要${need.zh}，但版本号由 ${oldRubric.version} 改为 ${newRubric.version}`,
      en: `This change needs ${need.en}, but the version moved from ${oldRubric.version} to ${newRubric.version}`,
    },
  };
}

const NEED: Record<Bump, Message> = {
  major: { zh: '提升主版本号（会改变评定结果）', en: 'a major version (it can change results)' },
  minor: { zh: '提升次版本号（新增内容）', en: 'a minor version (additions)' },
  patch: { zh: '提升修订号（文字修改）', en: 'a patch version (wording)' },
  none: { zh: '不变', en: 'no change' },
};
