/**
 * Target tags follow the version's name: a new version pushes its images under its own name, never
 * under a tag an earlier version already pushed. A tag typed (or applied) by hand stops following.
 */
import type { FieldPath } from 'react-hook-form';
import type { ServiceForm, WizardForm } from './form-model';

export interface TagUpdate {
  path: FieldPath<WizardForm>;
  value: string;
}

/** The target tags that must change so that every following tag equals the (trimmed) name. */
export function followingTagUpdates(services: readonly ServiceForm[], name: string): TagUpdate[] {
  const tag = name.trim();
  return services.flatMap((s, i) =>
    s.images.flatMap((img, j) =>
      img.tagFollowsName && img.targetTag !== tag
        ? [{ path: `services.${i}.images.${j}.targetTag` as const, value: tag }]
        : [],
    ),
  );
}
