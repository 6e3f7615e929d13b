// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyForm } from './form-model';
import { clearDraft, draftKey, loadDraft, loadDrafts, MAX_DRAFTS, saveDraft, tabId } from './draft-storage';

const values = (name: string) => ({ ...emptyForm('HelmChart', 'r'), name });

describe('draft storage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps a draft per project and tab and reads it back', () => {
    expect(saveDraft('a', { savedAt: 5, step: 'images', values: values('v9'), tab: 't1' })).toBe(true);
    expect(loadDraft('a', 't1')).toEqual({ savedAt: 5, step: 'images', values: values('v9'), tab: 't1' });
    expect(loadDraft('a', 't2')).toBeNull();
    expect(loadDraft('b')).toBeNull();
    clearDraft('a', 't1');
    expect(loadDraft('a')).toBeNull();
    expect(localStorage.getItem(draftKey('a'))).toBeNull();
  });

  it('never lets one tab overwrite or remove another tab’s draft', () => {
    saveDraft('a', { savedAt: 1, step: 'images', values: values('hotfix'), tab: 't1' });
    saveDraft('a', { savedAt: 2, step: 'basics', values: values('feature'), tab: 't2' });
    expect(loadDraft('a', 't1')?.values.name).toBe('hotfix');
    // The newest of any tab is the one offered.
    expect(loadDraft('a')?.values.name).toBe('feature');
    clearDraft('a', 't2');
    expect(loadDrafts('a').map((d) => d.values.name)).toEqual(['hotfix']);
  });

  it('keeps the newest drafts of a project, at most MAX_DRAFTS', () => {
    for (let i = 0; i <= MAX_DRAFTS; i++)
      saveDraft('a', { savedAt: i, step: 'basics', values: values(`v${i}`), tab: `t${i}` });
    const kept = loadDrafts('a').map((d) => d.values.name);
    expect(kept).toHaveLength(MAX_DRAFTS);
    expect(kept).not.toContain('v0');
  });

  it('reads a draft stored before drafts had tabs as nobody’s', () => {
    localStorage.setItem(
      draftKey('a'),
      JSON.stringify({ savedAt: 1, step: 'basics', values: values('old') }),
    );
    expect(loadDraft('a')).toMatchObject({ tab: '', values: { name: 'old' } });
  });

  it('ignores a stored draft that is not a form any more', () => {
    localStorage.setItem(draftKey('a'), '{"savedAt":1,"step":"basics","values":{"name":3}}');
    expect(loadDraft('a')).toBeNull();
    localStorage.setItem(draftKey('a'), 'not json');
    expect(loadDraft('a')).toBeNull();
  });

  it('gives a tab the same id on every call (kept in its sessionStorage)', () => {
    const id = tabId();
    expect(tabId()).toBe(id);
    sessionStorage.clear();
    expect(tabId()).not.toBe(id);
  });
});
