/**
 * The rarely changed fields of one image, opened from its row: target image (derived unless typed),
 * image name, and for Helm the values paths the image is written to. Where Zadig takes them from the
 * environment or base version they are shown, with where they come from, not edited.
 */
import { Button, Descriptions, Typography, Input } from 'antd';
import { useWatch, type FieldPath } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { type ImagePathForm, useWizardForm, type WizardForm } from '../form-model';
import { createMessages, type CreateMessageKey } from '../messages';
import { imagePathEditable, sourceImagesDecidedBy, sourceImagesOrigin } from '../server-decided';
import type { ReactNode } from 'react';
import { FieldContainer } from '../field-container';
import { derivedTargetRepo } from '../to-create-request';

interface ImageDetailsProps {
  id: string;
  serviceIndex: number;
  imageIndex: number;
  registry: Registry | undefined;
  input: RowInput;
}

const PATH_KEYS = ['repo', 'namespace', 'image', 'tag'] as const;
const grid = (columns: string) => ({ display: 'grid', gridTemplateColumns: columns, gap: 12 });

function pathText(path: ImagePathForm | undefined): string {
  return PATH_KEYS.map((k) => path?.[k].trim())
    .filter(Boolean)
    .join(' · ');
}

export function ImageDetails({ id, serviceIndex, imageIndex, registry, input }: ImageDetailsProps) {
  const t = useT(createMessages);
  const form = useWizardForm();
  const at = `services.${serviceIndex}.images.${imageIndex}` as const;
  const [type, source, envName, baseName, imageName, targetRepo, imagePath] = useWatch({
    control: form.control,
    name: ['type', 'source', 'envName', 'baseName', `${at}.imageName`, `${at}.targetRepo`, `${at}.imagePath`],
  });
  const decided = sourceImagesDecidedBy(source) !== null;
  const origin = sourceImagesOrigin(t, { type, source, envName, baseName });
  const derived = derivedTargetRepo(registry, imageName ?? '');
  const helm = type === 'HelmChart';

  return (
    <div id={id} style={{ padding: '8px 0 4px 16px', borderInlineStart: '2px solid rgba(128,128,128,0.25)' }}>
      <div style={grid('minmax(0, 2fr) minmax(0, 1fr)')}>
        <div>
          <Typography.Text type="secondary">{t('field.targetRepo')}</Typography.Text>
          {input(`${at}.targetRepo`, 'field.targetRepo', {
            placeholder: derived,
            help: targetRepo ? undefined : t('field.targetRepo.derived', { value: derived || '—' }),
          })}
          {targetRepo && (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              onClick={() =>
                form.setValue(`${at}.targetRepo`, '', { shouldDirty: true, shouldValidate: true })
              }
            >
              {t('field.targetRepo.reset')}
            </Button>
          )}
        </div>
        <div>
          <Typography.Text type="secondary">{t('field.imageName')}</Typography.Text>
          {decided ? (
            <div style={{ lineHeight: '32px' }}>{imageName}</div>
          ) : (
            input(`${at}.imageName`, 'field.imageName')
          )}
        </div>
      </div>
      {origin && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {origin}
        </Typography.Paragraph>
      )}
      {helm && !imagePathEditable(type, source) && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 8 }}
          items={[{ key: 'path', label: t('field.imagePath'), children: pathText(imagePath) || t('none') }]}
        />
      )}
      {helm && imagePathEditable(type, source) && <ImagePathFields at={at} input={input} />}
    </div>
  );
}

/** The Helm values paths an image is written to, with a button for the common chart layout. */
function ImagePathFields({ at, input }: { at: `services.${number}.images.${number}`; input: RowInput }) {
  const t = useT(createMessages);
  const form = useWizardForm();
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text>{t('field.imagePath')}</Typography.Text>{' '}
      <Button
        type="link"
        size="small"
        onClick={() =>
          form.setValue(
            `${at}.imagePath`,
            { repo: '', namespace: '', image: 'image.repository', tag: 'image.tag' },
            { shouldDirty: true, shouldValidate: true },
          )
        }
      >
        {t('images.helmDefault')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('field.imagePath.help')}
      </Typography.Paragraph>
      <div style={{ ...grid('repeat(auto-fit, minmax(min(100%, 120px), 1fr))'), marginTop: 4 }}>
        {PATH_KEYS.map((key) => (
          <div key={key}>
            <Typography.Text type="secondary">{t(`field.imagePath.${key}`)}</Typography.Text>
            {input(`${at}.imagePath.${key}`, `field.imagePath.${key}`, {
              placeholder: t('field.imagePath.hint', {
                path: `image.${key === 'image' ? 'repository' : key}`,
              }),
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

export type RowInput = (
  name: FieldPath<WizardForm>,
  label: CreateMessageKey,
  extra?: { help?: string; warning?: string; onEdit?: (value: string) => void; placeholder?: string },
) => ReactNode;

/** `label` names the column; `aria` names the field for this image (service and container). */
export function rowInput(
  label: (key: CreateMessageKey) => string,
  aria: (key: CreateMessageKey) => string,
): RowInput {
  return (name, key, extra) => (
    <FieldContainer name={name} label={label(key)} compact eager help={extra?.help} warning={extra?.warning}>
      {({ field, control }) => (
        <Input
          {...control}
          value={String(field.value ?? '')}
          onChange={(e) => {
            field.onChange(e);
            extra?.onEdit?.(e.target.value);
          }}
          onBlur={field.onBlur}
          aria-label={aria(key)}
          autoComplete="off"
          spellCheck={false}
          placeholder={extra?.placeholder}
        />
      )}
    </FieldContainer>
  );
}
