/**
 * One image of a service on the Images step, as a compact row: container, source image:tag, → target
 * tag, push. The rarely changed fields (target image, image name, Helm image paths) open below it.
 * Where Zadig takes the source from the environment or base version, the source is shown, not edited.
 */
import { DeleteOutlined, DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Input, Space, Switch, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer } from '../field-container';
import type { WizardForm } from '../form-model';
import { createMessages, type CreateMessageKey } from '../messages';
import { conflictOf } from '../pushed-targets';
import { sourceImagesDecidedBy } from '../server-decided';
import { joinRef } from '../target-image';
import { ImageDetails } from './image-details';

export const IMAGE_ROW_COLUMNS =
  'minmax(110px, 1fr) minmax(220px, 2.4fr) 16px minmax(150px, 1.2fr) 64px 72px';

interface ImageRowProps {
  form: UseFormReturn<WizardForm>;
  serviceIndex: number;
  imageIndex: number;
  registry: Registry | undefined;
  pushed: ReadonlyMap<string, string>;
  onRemove: () => void;
}

export type RowInput = (
  name: FieldPath<WizardForm>,
  label: CreateMessageKey,
  extra?: { help?: string; warning?: string; onEdit?: () => void; placeholder?: string },
) => ReactNode;

export function ImageRow({ form, serviceIndex, imageIndex, registry, pushed, onRemove }: ImageRowProps) {
  const t = useT(createMessages);
  const { control } = form;
  const [open, setOpen] = useState(false);
  const at = `services.${serviceIndex}.images.${imageIndex}` as const;
  const [source, service, container, imageName, sourceRepo, sourceTag, targetRepo, targetTag, push] =
    useWatch({
      control,
      name: [
        'source',
        `services.${serviceIndex}.serviceName`,
        `${at}.containerName`,
        `${at}.imageName`,
        `${at}.sourceRepo`,
        `${at}.sourceTag`,
        `${at}.targetRepo`,
        `${at}.targetTag`,
        `${at}.push`,
      ],
    });
  const decided = sourceImagesDecidedBy(source) !== null;
  const conflict = conflictOf(
    { push, targetRepo: targetRepo ?? '', imageName: imageName ?? '', targetTag: targetTag ?? '' },
    registry,
    pushed,
  );
  const who = { service: service || '?', container: container || `#${imageIndex + 1}` };
  const aria = (field: CreateMessageKey) => t('aria.image', { ...who, field: t(field) });
  const detailsId = `image-${serviceIndex}-${imageIndex}-details`;

  const input: RowInput = (name, label, extra) => (
    <FieldContainer
      control={control}
      name={name}
      label={t(label)}
      compact
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
          status={invalid ? 'error' : undefined}
          aria-label={aria(label)}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={extra?.placeholder}
        />
      )}
    </FieldContainer>
  );

  return (
    <div
      role="group"
      aria-label={t('aria.image', { ...who, field: t('field.container') })}
      style={{ borderTop: imageIndex > 0 ? '1px solid rgba(128,128,128,0.2)' : undefined, paddingBlock: 6 }}
    >
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: IMAGE_ROW_COLUMNS,
          columnGap: 12,
          alignItems: 'start',
        }}
      >
        {decided ? (
          <Typography.Text strong style={{ lineHeight: '32px' }} ellipsis={{ tooltip: container }}>
            {container}
          </Typography.Text>
        ) : (
          input(`${at}.containerName`, 'field.container')
        )}
        {decided ? (
          <Typography.Text
            code
            aria-label={aria('field.sourceRepo')}
            title={joinRef(sourceRepo ?? '', sourceTag ?? '')}
            style={{
              display: 'block',
              lineHeight: '30px',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              direction: 'rtl',
              textAlign: 'left',
            }}
          >
            <bdi>{joinRef(sourceRepo ?? '', sourceTag ?? '')}</bdi>
          </Typography.Text>
        ) : (
          <Space.Compact block style={{ alignItems: 'start' }}>
            <div style={{ flex: 2, minWidth: 0 }}>{input(`${at}.sourceRepo`, 'field.sourceRepo')}</div>
            <div style={{ flex: 1, minWidth: 0 }}>{input(`${at}.sourceTag`, 'field.sourceTag')}</div>
          </Space.Compact>
        )}
        <span aria-hidden style={{ lineHeight: '32px', textAlign: 'center' }}>
          →
        </span>
        {input(`${at}.targetTag`, 'field.targetTag', {
          warning: conflict ? t('conflict.field', { ...conflict }) : undefined,
          onEdit: () => form.setValue(`${at}.tagFollowsName`, false),
        })}
        <FieldContainer control={control} name={`${at}.push`} label={t('field.push')} compact>
          {({ field, id }) => (
            <Switch
              id={id}
              checked={Boolean(field.value)}
              onChange={field.onChange}
              aria-label={aria('field.push')}
              style={{ marginTop: 5 }}
            />
          )}
        </FieldContainer>
        <Space size={0}>
          <Button
            type="text"
            icon={open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={t('images.more', who)}
            onClick={() => setOpen((o) => !o)}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('images.remove', { container: who.container })}
            onClick={onRemove}
          />
        </Space>
        {!decided && sourceTag?.trim() === 'latest' && (
          <Typography.Text
            type="warning"
            role="note"
            style={{ gridRow: 2, gridColumn: '2 / 5', fontSize: 12, marginTop: 2 }}
          >
            {t('images.latestTag')}
          </Typography.Text>
        )}
      </div>
      {open && (
        <ImageDetails
          id={detailsId}
          form={form}
          serviceIndex={serviceIndex}
          imageIndex={imageIndex}
          registry={registry}
          input={input}
        />
      )}
    </div>
  );
}
