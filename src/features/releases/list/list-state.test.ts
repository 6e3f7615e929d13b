import { describe, expect, it } from 'vitest';
import { MAX_FILTER_TEXT } from '../../../api/model';
import { hasFilters, parseListState, serializeListState } from './url-state';

describe('list URL state', () => {
  it('parses page, size and filters', () => {
    const state = parseListState(
      new URLSearchParams('page=3&size=50&q=v1&status=failed&status=creating&type=HelmChart&label=a&label=b'),
    );
    expect(state).toEqual({
      page: 3,
      size: 50,
      q: 'v1',
      status: ['failed', 'creating'],
      type: 'HelmChart',
      label: ['a', 'b'],
    });
  });

  it('falls back on bad values instead of failing', () => {
    const state = parseListState(new URLSearchParams('page=-2&size=7&status=&status=failed&status=failed'));
    expect(state.page).toBe(1);
    expect(state.size).toBe(20);
    expect(state.status).toEqual(['failed']);
    expect(parseListState(new URLSearchParams('page=abc&size=1e3')).page).toBe(1);
    expect(parseListState(new URLSearchParams('page=0')).page).toBe(1);
  });

  it('cuts a name filter or label longer than the server takes, as the search box does', () => {
    const state = parseListState(new URLSearchParams({ q: 'a'.repeat(300), label: 'b'.repeat(300) }));
    expect(state.q).toBe('a'.repeat(MAX_FILTER_TEXT));
    expect(state.label).toEqual(['b'.repeat(MAX_FILTER_TEXT)]);
  });

  it('ignores statuses and types no filter offers', () => {
    const state = parseListState(new URLSearchParams('status=bogus&status=failed&type=nope'));
    expect(state.status).toEqual(['failed']);
    expect(state.type).toBe('');
    expect(hasFilters(parseListState(new URLSearchParams('status=bogus')))).toBe(false);
  });

  it('round-trips and leaves defaults out', () => {
    const state = parseListState(new URLSearchParams('page=2&size=10&label=x'));
    expect(serializeListState(state).toString()).toBe('page=2&size=10&label=x');
    expect(serializeListState(parseListState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('knows when filters are set', () => {
    expect(hasFilters(parseListState(new URLSearchParams('page=2')))).toBe(false);
    expect(hasFilters(parseListState(new URLSearchParams('q=%20')))).toBe(false);
    expect(hasFilters(parseListState(new URLSearchParams('type=K8SYaml')))).toBe(true);
  });
});
