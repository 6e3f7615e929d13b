import { describe, expect, it } from 'vitest';
import { formatImageRef, imageName, isImageRef, parseImageRef, withTag } from './image-ref';

describe('parseImageRef', () => {
  it('splits registry, repository and tag', () => {
    expect(parseImageRef('koderover.tencentcloudcr.com/test/service1:v2')).toEqual({
      registry: 'koderover.tencentcloudcr.com',
      repository: 'test/service1',
      tag: 'v2',
      digest: '',
    });
  });

  it('keeps a registry port apart from the tag', () => {
    expect(parseImageRef('localhost:5000/app')).toEqual({
      registry: 'localhost:5000',
      repository: 'app',
      tag: '',
      digest: '',
    });
    expect(parseImageRef('registry.io:443/a/b:1.0')?.tag).toBe('1.0');
  });

  it('reads Docker Hub names without a registry', () => {
    expect(parseImageRef('nginx:1.27')).toEqual({
      registry: '',
      repository: 'nginx',
      tag: '1.27',
      digest: '',
    });
    expect(parseImageRef('library/nginx')?.repository).toBe('library/nginx');
  });

  it('accepts digests', () => {
    const ref = parseImageRef(`r.io/a@sha256:${'a'.repeat(64)}`);
    expect(ref?.digest).toBe(`sha256:${'a'.repeat(64)}`);
  });

  it.each([
    '',
    ' ',
    'UPPER/case',
    'a//b',
    'r.io/a:',
    'r.io/a:bad tag',
    'a b',
    '<script>',
    'r.io/a@sha256:xyz',
    ':tag',
  ])('rejects %j', (input) => {
    expect(isImageRef(input)).toBe(false);
  });

  it('rejects very long input', () => {
    expect(isImageRef(`r.io/${'a'.repeat(600)}`)).toBe(false);
  });
});

describe('helpers', () => {
  it('formats what it parses', () => {
    for (const ref of ['r.io/a/b:1', 'nginx', 'localhost:5000/x/y:latest']) {
      const parsed = parseImageRef(ref);
      expect(parsed && formatImageRef(parsed)).toBe(ref);
    }
  });

  it('names the image by its last path component', () => {
    const parsed = parseImageRef('r.io/team/sub/service3:1');
    expect(parsed && imageName(parsed)).toBe('service3');
  });

  it('replaces tags', () => {
    expect(withTag('r.io/a/b:1', 'v2')).toBe('r.io/a/b:v2');
    expect(withTag('r.io:80/a', 'v2')).toBe('r.io:80/a:v2');
  });
});
