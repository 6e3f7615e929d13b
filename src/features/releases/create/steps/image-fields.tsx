/** One image of a service on the Images step: source, target (derived or typed), push, Helm paths. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Switch, Typography } from 'antd';
import { useFormState, useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer, useIssueText } from '../field-container';
import type { WizardForm } from '../form-model';
import { createMessages, type CreateMessageKey } from '../messages';
import { conflictOf } from '../pushed-targets';
import { derivedTargetRepo } from '../target-image';

interface ImageFieldsProps {
  form: UseFormReturn<WizardForm>;
  serviceIndex: number;
  imageIndex: number;
  registry: Registry | undefined;
  pushed: ReadonlyMap<string, string>;
  onRemove: () => void;
}

const grid = (columns: string) => ({ display: 'grid', gridTemplateColumns: columns, columnGap: 16 });
const PATH_KEYS = ['repo', 'namespace', 'image', 'tag'] as const;

export function ImageFields({
  form,
  serviceIndex,
  imageIndex,
  registry,
  pushed,
  onRemove,
}: ImageFieldsProps) {
  const t = useT(createMessages);
  const { control } = form;
  const at = `services.${serviceIndex}.images.${imageIndex}` as const;
  const [type, service, container, imageName, targetRepo, targetTag, push, follows] = useWatch({
    control,
    name: [
      'type',
      `services.${serviceIndex}.serviceName`,
      `${at}.containerName`,
      `${at}.imageName`,
      `${at}.targetRepo`,
      `${at}.targetTag`,
      `${at}.push`,
      `${at}.tagFollowsName`,
    ],
  });
  const conflict = conflictOf(
    { push, targetRepo: targetRepo ?? '', imageName: imageName ?? '', targetTag: targetTag ?? '' },
    registry,
    pushed,
  );
  const who = { service: service || '?', container: container || `#${imageIndex + 1}` };
  const aria = (field: CreateMessageKey) => t('aria.image', { ...who, field: t(field) });
  const derived = derivedTargetRepo(registry, imageName ?? '');
  const issueText = useIssueText();
  const { errors } = useFormState({ control, name: `${at}.imagePath` });
  const pathError = errors.services?.[serviceIndex]?.images?.[imageIndex]?.imagePath?.message;

  const text = (
    name: FieldPath<WizardForm>,
    label: CreateMessageKey,
    extra?: { placeholder?: string; help?: string; warning?: string; onEdit?: () => void },
  ) => (
    <FieldContainer
      control={control}
      name={name}
      label={t(label)}
      required={!extra?.placeholder}
      eager
      help={extra?.help}
      warning={extra?.warning}
    >
      {({ field, id, invalid, describedBy }) => (
        <Input
          id={id}
          value={String(field.value ?? '')}
          onChange={(e) => {
            field.onChange(e);
            extra?.onEdit?.();
          }}
          onBlur={field.onBlur}
          placeholder={extra?.placeholder}
          status={invalid ? 'error' : undefined}
          aria-label={aria(label)}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </FieldContainer>
  );

  return (
    <section
      aria-label={t('aria.image', { ...who, field: t('field.container') })}
      style={{
        borderTop: imageIndex > 0 ? '1px dashed rgba(128,128,128,0.35)' : undefined,
        paddingTop: imageIndex > 0 ? 12 : 0,
      }}
    >
      <div style={grid('1fr 1fr auto auto')}>
        {text(`${at}.containerName`, 'field.container')}
        {text(`${at}.imageName`, 'field.imageName')}
        <FieldContainer control={control} name={`${at}.push`} label={t('field.push')}>
          {({ field, id }) => (
            <Switch
              id={id}
              checked={Boolean(field.value)}
              onChange={field.onChange}
              aria-label={aria('field.push')}
            />
          )}
        </FieldContainer>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('images.remove', { container: who.container })}
          onClick={onRemove}
          style={{ marginTop: 30 }}
        />
      </div>
      <div style={grid('2fr 1fr')}>
        {text(`${at}.sourceRepo`, 'field.sourceRepo')}
        {text(`${at}.sourceTag`, 'field.sourceTag')}
      </div>
      <div style={grid('2fr 1fr')}>
        <div>
          {text(`${at}.targetRepo`, 'field.targetRepo', {
            placeholder: derived,
            help: targetRepo ? undefined : t('field.targetRepo.derived', { value: derived || '—' }),
          })}
          {targetRepo && (
            <Button
              type="link"
              size="small"
              style={{ marginTop: -16, paddingInline: 0 }}
              onClick={() =>
                form.setValue(`${at}.targetRepo`, '', { shouldDirty: true, shouldValidate: true })
              }
            >
              {t('field.targetRepo.reset')}
            </Button>
          )}
        </div>
        {text(`${at}.targetTag`, 'field.targetTag', {
          help: follows ? t('field.targetTag.follows') : undefined,
          warning: conflict ? t('conflict.field', { ...conflict }) : undefined,
          onEdit: () => form.setValue(`${at}.tagFollowsName`, false),
        })}
      </div>
      {type === 'HelmChart' && (
        <>
          <Typography.Text strong>{t('field.imagePath')}</Typography.Text>{' '}
          <Button
            type="link"
            size="small"
            onClick={() => {
              const opts = { shouldDirty: true, shouldValidate: true } as const;
              form.setValue(
                `${at}.imagePath`,
                { repo: '', namespace: '', image: 'image.repository', tag: 'image.tag' },
                opts,
              );
            }}
          >
            {t('images.helmDefault')}
          </Button>
          <div style={grid('1fr 1fr 1fr 1fr')}>
            {PATH_KEYS.map((key) => (
              <div key={key}>
                {text(`${at}.imagePath.${key}`, `field.imagePath.${key}`, { placeholder: `image.${key}` })}
              </div>
            ))}
          </div>
          {pathError && (
            <Typography.Paragraph type="danger" role="alert" style={{ marginTop: -12 }}>
              {issueText(pathError)}
            </Typography.Paragraph>
          )}
        </>
      )}
    </section>
  );
}
