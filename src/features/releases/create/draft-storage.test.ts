// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyForm } from './form-model';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';

describe('draft storage', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one draft per project and reads it back', () => {
    const values = { ...emptyForm('HelmChart', 'r'), name: 'v9' };
    expect(saveDraft('a', { savedAt: 5, step: 'images', values })).toBe(true);
    expect(loadDraft('a')).toEqual({ savedAt: 5, step: 'images', values });
    expect(loadDraft('b')).toBeNull();
    clearDraft('a');
    expect(loadDraft('a')).toBeNull();
  });

  it('ignores a stored draft that is not a form any more', () => {
    localStorage.setItem(draftKey('a'), '{"savedAt":1,"step":"basics","values":{"name":3}}');
    expect(loadDraft('a')).toBeNull();
    localStorage.setItem(draftKey('a'), 'not json');
    expect(loadDraft('a')).toBeNull();
  });
});
