import { describe, expect, it } from 'vitest';
import { helmImageAssignments } from './helm-image-paths';

describe('helmImageAssignments', () => {
  const target = 'ccr.example.com/koderover-demo/service2:123';
  it('one key gets the whole reference', () => {
    expect(helmImageAssignments(target, { image: 'image' })).toEqual([{ path: 'image', value: target }]);
  });
  it('image + tag', () => {
    expect(helmImageAssignments(target, { image: 'image.repository', tag: 'image.tag' })).toEqual([
      { path: 'image.repository', value: 'ccr.example.com/koderover-demo/service2' },
      { path: 'image.tag', value: '123' },
    ]);
  });
  it('repo + image + tag', () => {
    expect(helmImageAssignments(target, { repo: 'r', image: 'i', tag: 't' })).toEqual([
      { path: 'r', value: 'ccr.example.com/koderover-demo' },
      { path: 'i', value: 'service2' },
      { path: 't', value: '123' },
    ]);
  });
  it('repo + namespace + image + tag', () => {
    expect(helmImageAssignments(target, { repo: 'r', namespace: 'n', image: 'i', tag: 't' })).toEqual([
      { path: 'r', value: 'ccr.example.com' },
      { path: 'n', value: 'koderover-demo' },
      { path: 'i', value: 'service2' },
      { path: 't', value: '123' },
    ]);
  });
  it('nothing for unparsable references or empty paths', () => {
    expect(helmImageAssignments('Not An Image', { image: 'x' })).toEqual([]);
    expect(helmImageAssignments(target, { image: '', tag: '' })).toEqual([]);
  });
});
