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

describe('format, with the catalogues’ own shapes', () => {
  it('fills placeholders inside the chosen branch, and leaves a group alone without its number', () => {
    const t =
      '{count, plural, one {# YAML syntax error, on line {line}: {message}} other {# YAML syntax errors, the first on line {line}: {message}}}';
    expect(format(t, { count: 1, line: 3, message: 'bad' }, 'en-US')).toBe(
      '1 YAML syntax error, on line 3: bad',
    );
    expect(format(t, { count: 4, line: 7, message: 'bad' }, 'en-US')).toBe(
      '4 YAML syntax errors, the first on line 7: bad',
    );
    expect(format('{total, plural, one {# version} other {# versions}}', {}, 'en-US')).toBe(
      '{total, plural, one {# version} other {# versions}}',
    );
  });

  it('prefers an exact match to the category, and leaves text that is no placeholder', () => {
    const t = '{count, plural, =0 {no images} one {# image} other {# images}}';
    expect(format(t, { count: 0 }, 'en-US')).toBe('no images');
    expect(format(t, { count: 1 }, 'en-US')).toBe('1 image');
    expect(format('a {b c} {d', { b: 1, d: 2 })).toBe('a {b c} {d');
  });
});
