/**
 * One image of a service on the Images step, as a compact row: container, source image:tag, → target
 * tag, push. The rarely changed fields (target image, image name, Helm image paths) open below it.
 * Where Zadig takes the source from the environment or base version, the source is shown, not edited.
 */
import { DeleteOutlined, DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer } from '../field-container';
import { createMessages, type CreateMessageKey } from '../messages';
import { sourceImagesDecidedBy } from '../server-decided';
import { ImageDetails, rowInput } from './image-details';
import './image-row.css';
import { useWizardForm } from '../form-model';
import { joinRef } from '../to-create-request';
import { conflictOf } from '../use-target-safety';

/** A cell of the row, with the caption it shows where the row stacks (the header row is hidden there). */
function Cell({
  caption,
  className,
  children,
}: {
  caption: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <Typography.Text type="secondary" aria-hidden className="zrc-image-caption" style={{ fontSize: 12 }}>
        {caption}
      </Typography.Text>
      {children}
    </div>
  );
}

interface ImageRowProps {
  serviceIndex: number;
  imageIndex: number;
  registry: Registry | undefined;
  pushed: ReadonlyMap<string, string>;
  onRemove: () => void;
}

export function ImageRow({ serviceIndex, imageIndex, registry, pushed, onRemove }: ImageRowProps) {
  const t = useT(createMessages);
  const form = useWizardForm();
  const [open, setOpen] = useState(false);
  const at = `services.${serviceIndex}.images.${imageIndex}` as const;
  const values = useRowValues(at, serviceIndex, registry, pushed);
  const { source, service, container, sourceRepo, sourceTag, conflict } = values;
  const decided = sourceImagesDecidedBy(source) !== null;
  const who = { service: service || '?', container: container || `#${imageIndex + 1}` };
  const aria = (field: CreateMessageKey) => t('aria.image', { ...who, field: t(field) });
  const detailsId = `image-${serviceIndex}-${imageIndex}-details`;

  const input = rowInput((key) => t(key), aria);

  return (
    <div
      role="group"
      aria-label={t('aria.image', { ...who, field: t('field.container') })}
      style={{ borderTop: imageIndex > 0 ? '1px solid rgba(128,128,128,0.2)' : undefined, paddingBlock: 6 }}
    >
      <div className="zrc-image-cols">
        <Cell caption={t('images.col.container')}>
          {decided ? (
            <Typography.Text strong style={{ lineHeight: '32px' }} ellipsis={{ tooltip: container }}>
              {container}
            </Typography.Text>
          ) : (
            input(`${at}.containerName`, 'field.container')
          )}
        </Cell>
        <Cell caption={t('images.col.source')}>
          {decided ? (
            <DecidedSource
              label={aria('field.sourceRepo')}
              text={joinRef(sourceRepo ?? '', sourceTag ?? '')}
            />
          ) : (
            <Space.Compact block style={{ alignItems: 'start' }}>
              <div style={{ flex: 2, minWidth: 0 }}>{input(`${at}.sourceRepo`, 'field.sourceRepo')}</div>
              <div style={{ flex: 1, minWidth: 0 }}>{input(`${at}.sourceTag`, 'field.sourceTag')}</div>
            </Space.Compact>
          )}
        </Cell>
        <span aria-hidden className="zrc-image-arrow">
          →
        </span>
        <Cell caption={t('images.col.target')} className="zrc-image-target">
          {input(`${at}.targetTag`, 'field.targetTag', {
            warning: conflict ? t('conflict.field', { ...conflict }) : undefined,
            // A tag typed back to the version name follows the name again.
            onEdit: (tag) =>
              form.setValue(`${at}.tagFollowsName`, tag.trim() === form.getValues('name').trim()),
          })}
        </Cell>
        <PushField name={`${at}.push`} label={aria('field.push')} />
        <RowActions
          open={open}
          detailsId={detailsId}
          moreLabel={t('images.more', who)}
          removeLabel={t('images.remove', { container: who.container })}
          onToggle={() => setOpen((o) => !o)}
          onRemove={onRemove}
        />
        {!decided && sourceTag?.trim() === 'latest' && <LatestTagNote />}
      </div>
      {open && (
        <ImageDetails
          id={detailsId}
          serviceIndex={serviceIndex}
          imageIndex={imageIndex}
          registry={registry}
          input={input}
        />
      )}
    </div>
  );
}

/** The source image Zadig takes from the environment or base version: shown whole, its end visible. */
function DecidedSource({ label, text }: { label: string; text: string }) {
  return (
    <Typography.Text
      code
      aria-label={label}
      title={text}
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
      <bdi>{text}</bdi>
    </Typography.Text>
  );
}

function PushField({ name, label }: { name: `services.${number}.images.${number}.push`; label: string }) {
  const t = useT(createMessages);
  return (
    <Cell caption={t('images.col.push')} className="zrc-image-push">
      <FieldContainer name={name} label={t('field.push')} compact>
        {({ field, id }) => (
          <Switch
            id={id}
            checked={Boolean(field.value)}
            onChange={field.onChange}
            aria-label={label}
            style={{ marginTop: 5 }}
          />
        )}
      </FieldContainer>
    </Cell>
  );
}

function RowActions(props: {
  open: boolean;
  detailsId: string;
  moreLabel: string;
  removeLabel: string;
  onToggle: () => void;
  onRemove: () => void;
}) {
  return (
    <Space size={0} className="zrc-image-actions">
      <Button
        type="text"
        icon={props.open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
        aria-expanded={props.open}
        aria-controls={props.detailsId}
        aria-label={props.moreLabel}
        onClick={props.onToggle}
      />
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={props.removeLabel}
        onClick={props.onRemove}
      />
    </Space>
  );
}

/** What one image row shows, watched field by field (a row re-renders only when its own image changes). */
function useRowValues(
  at: `services.${number}.images.${number}`,
  serviceIndex: number,
  registry: Registry | undefined,
  pushed: ReadonlyMap<string, string>,
) {
  const [source, service, container, imageName, sourceRepo, sourceTag, targetRepo, targetTag, push] =
    useWatch({
      control: useWizardForm().control,
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
  const conflict = conflictOf(
    { push, targetRepo: targetRepo ?? '', imageName: imageName ?? '', targetTag: targetTag ?? '' },
    registry,
    pushed,
  );
  return { source, service, container, sourceRepo, sourceTag, conflict };
}

/** Under a source tag `latest`: the version would not pin what it ships. */
function LatestTagNote() {
  const t = useT(createMessages);
  return (
    <Typography.Text
      type="warning"
      role="note"
      className="zrc-image-note"
      style={{ fontSize: 12, marginTop: 2 }}
    >
      {t('images.latestTag')}
    </Typography.Text>
  );
}
