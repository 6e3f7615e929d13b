import { describe, expect, it } from 'vitest';
import { pageFor } from './page-modules';

describe('pageFor', () => {
  it('names the page an in-app address opens', () => {
    expect(pageFor('/projects/yaml-demo/releases')).toBe('list');
    expect(pageFor('/projects/yaml-demo/releases?status=failed')).toBe('list');
    expect(pageFor('/projects/yaml-demo/releases/new?from=1')).toBe('create');
    expect(pageFor('/projects/yaml-demo/releases/6af3?name=v1.9.1')).toBe('detail');
    expect(pageFor('/projects/yaml-demo/compare?base=a&head=b')).toBe('compare');
  });

  it('names none for other addresses', () => {
    expect(pageFor('/')).toBeNull();
    expect(pageFor('https://elsewhere.example/projects/x/releases')).toBeNull();
    expect(pageFor('/projects/yaml-demo')).toBeNull();
  });
});
