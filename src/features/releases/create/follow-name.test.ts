import { describe, expect, it } from 'vitest';
import { emptyImage, emptyService } from './form-model';
import { followingTagUpdates } from './use-target-safety';

describe('followingTagUpdates', () => {
  const following = { ...emptyImage(), targetTag: 'v1.10.0', tagFollowsName: true };
  const byHand = { ...emptyImage(), targetTag: 'hotfix-1', tagFollowsName: false };
  const oldDraft = { ...emptyImage(), targetTag: 'kept' };
  delete oldDraft.tagFollowsName;

  it('moves every following tag to the trimmed name, and leaves tags set by hand', () => {
    const services = [
      { ...emptyService('a'), images: [following, byHand] },
      { ...emptyService('b'), images: [oldDraft, following] },
    ];
    expect(followingTagUpdates(services, ' v1.12.1 ')).toEqual([
      { path: 'services.0.images.0.targetTag', value: 'v1.12.1' },
      { path: 'services.1.images.1.targetTag', value: 'v1.12.1' },
    ]);
  });

  it('asks for nothing once the tags equal the name', () => {
    const services = [{ ...emptyService('a'), images: [{ ...following, targetTag: 'v2' }] }];
    expect(followingTagUpdates(services, 'v2')).toEqual([]);
  });
});
