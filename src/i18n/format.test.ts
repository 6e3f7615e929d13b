import { describe, expect, it } from 'vitest';
import { format } from './i18n';

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Version {name} of {project}', { name: 'v1' })).toBe('Version v1 of {project}');
  });

  it('chooses the English plural by the count', () => {
    const t = '{count, plural, one {# image} other {# images}}';
    expect(format(t, { count: 1 }, 'en-US')).toBe('1 image');
    expect(format(t, { count: 0 }, 'en-US')).toBe('0 images');
    expect(format(t, { count: 2 }, 'en-US')).toBe('2 images');
  });

  it('uses the Chinese rule (one form) and exact matches', () => {
    const t = '{count, plural, =0 {没有镜像} other {# 个镜像}}';
    expect(format(t, { count: 0 }, 'zh-CN')).toBe('没有镜像');
    expect(format(t, { count: 1 }, 'zh-CN')).toBe('1 个镜像');
    expect(format(t, { count: 5 }, 'zh-CN')).toBe('5 个镜像');
  });

  it('fills placeholders inside a plural branch', () => {
    const t = 'Tag {tag} applied to {count, plural, one {# image} other {# images}}';
    expect(format(t, { tag: 'v2', count: 3 }, 'en-US')).toBe('Tag v2 applied to 3 images');
  });
});
