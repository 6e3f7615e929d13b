/** The Basics step's source pickers: the environment (with its production mark) or the base version. */
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Tag, Typography } from 'antd';
import type { Environment, ReleaseSummary } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { projectQueries } from '../../shared/project-queries';
import { useReleaseLabels } from '../../shared/status-tag';
import { FieldContainer } from '../field-container';
import { createMessages } from '../messages';

export function EnvField({
  projectKey,
  onChoose,
}: {
  projectKey: string;
  onChoose: (name: string, env: Environment | undefined) => void;
}) {
  const t = useT(createMessages);
  const environments = useQuery(projectQueries.environments(projectKey));
  return (
    <FieldContainer name="envName" label={t('field.env')} required>
      {({ field, control }) => (
        <Select
          {...control}
          value={field.value || undefined}
          onChange={(name: string) =>
            onChoose(
              name,
              environments.data?.find((e) => e.name === name),
            )
          }
          onBlur={field.onBlur}
          showSearch={{ optionFilterProp: 'title' }}
          loading={environments.isPending}
          placeholder={t('field.env.placeholder')}
          aria-label={t('field.env')}
          style={{ maxWidth: 420 }}
          options={(environments.data ?? []).map((e) => ({
            value: e.name,
            title: e.name,
            label: (
              <Space size={6}>
                {e.name}
                {e.production && <Tag color="red">{t('production')}</Tag>}
              </Space>
            ),
          }))}
        />
      )}
    </FieldContainer>
  );
}

export function BaseField({
  bases,
  baseId,
  onChoose,
}: {
  /** The versions of the chosen type. */
  bases: readonly ReleaseSummary[];
  baseId: string;
  onChoose: (id: string) => void;
}) {
  const t = useT(createMessages);
  const words = useReleaseLabels();
  return (
    <FieldContainer
      name="baseName"
      label={t('field.base')}
      required
      help={bases.length === 0 ? t('field.base.none') : undefined}
    >
      {({ invalid, field, control }) => (
        <Select
          {...control}
          ref={field.ref}
          showSearch={{ optionFilterProp: 'title' }}
          value={baseId || undefined}
          onChange={onChoose}
          onBlur={field.onBlur}
          placeholder={t('field.base.placeholder')}
          aria-invalid={invalid}
          aria-label={t('field.base')}
          style={{ maxWidth: 420 }}
          options={[
            // The chosen version, by name, when the project no longer lists it (deleted meanwhile).
            ...(baseId && !bases.some((v) => v.id === baseId)
              ? [{ value: baseId, title: field.value, label: field.value }]
              : []),
            ...bases.map((v) => ({
              value: v.id,
              title: v.name,
              label: (
                <Space size={6}>
                  {v.name}
                  <Typography.Text type="secondary">{words.status(v.status)}</Typography.Text>
                </Space>
              ),
            })),
          ]}
        />
      )}
    </FieldContainer>
  );
}
