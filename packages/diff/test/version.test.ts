import { describe, expect, it } from 'vitest';
import { checkVersion, requiredBump, versionBump } from '../src/index.js';
import { anyang, level } from './fixtures.js';

describe('versions', () => {
  it('measures how far a version moved', () => {
    expect(versionBump('1.2.3', '2.0.0')).toBe('major');
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor');
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch');
    expect(versionBump('1.2.3', '1.2.3')).toBe('none');
    expect(versionBump('1.2.3', '1.2.2')).toBe('downgrade');
    expect(versionBump('1.0.0-rc.1', '1.0.0')).toBe('patch');
    expect(versionBump('x', '1.0.0')).toBeUndefined();
  });

  it('refuses a version smaller than the change requires', () => {
    const a = anyang();
    const b = anyang();
    level(b, 'five-star').band = { min: 92 };
    level(b, 'four-star').band = { min: 80, max: 92 };
    expect(requiredBump(a, b)).toBe('major');
    b.version = '1.1.0';
    const check = checkVersion(a, b);
    expect(check.ok).toBe(false);
    expect(check.error?.zh).toContain('提升主版本号');
    expect(check.error?.en).toContain('from 1.0.0 to 1.1.0');
    b.version = '2.0.0';
    expect(checkVersion(a, b)).toEqual({ ok: true, required: 'major', actual: 'major' });
  });

  it('accepts a patch for wording and refuses a lower version', () => {
    const a = anyang();
    const b = anyang();
    level(b, 'five-star').label = { zh: '五星', en: 'Five' };
    b.version = '1.0.1';
    expect(checkVersion(a, b).ok).toBe(true);
    b.version = '0.9.0';
    expect(checkVersion(a, b)).toMatchObject({ ok: false, actual: 'downgrade' });
  });

  it('lets a minor carry a breaking change below 1.0.0', () => {
    const a = { ...anyang(), version: '0.3.0' };
    const b = { ...anyang(), version: '0.4.0' };
    b.scale = { ...b.scale, max: 110 };
    expect(checkVersion(a, b).ok).toBe(true);
  });
});
