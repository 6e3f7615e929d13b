/** The images of one service on the Images step: a row per image, and Add where Zadig allows new ones. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { Registry } from '../../../../api/model';
import { useT } from '../../../../i18n/i18n';
import { emptyImage, useWizardForm } from '../form-model';
import { createMessages } from '../messages';
import { sourceImagesDecidedBy } from '../server-decided';
import { ImageRow } from './image-row';

export function ServiceImages({
  index,
  registry,
  pushed,
}: {
  index: number;
  registry: Registry | undefined;
  pushed: ReadonlyMap<string, string>;
}) {
  const t = useT(createMessages);
  const { control } = useWizardForm();
  const { fields, append, remove } = useFieldArray({
    control,
    name: `services.${index}.images`,
  });
  const [name, source] = useWatch({
    control,
    name: [`services.${index}.serviceName`, 'source'],
  });
  // Zadig matches each image to the environment's or base version's container: no new ones there.
  const canAdd = !sourceImagesDecidedBy(source);
  return (
    <Card
      size="small"
      title={name}
      style={{ marginBottom: 12 }}
      extra={
        canAdd && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => append(emptyImage())}>
            {t('images.add')}
          </Button>
        )
      }
    >
      {fields.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('images.none')} />
      ) : (
        <div
          aria-hidden
          className="zrc-image-cols zrc-image-head"
          style={{ fontSize: 12, opacity: 0.65, paddingBottom: 4 }}
        >
          <span>{t('images.col.container')}</span>
          <span>{t('images.col.source')}</span>
          <span />
          <span>{t('images.col.target')}</span>
          <span>{t('images.col.push')}</span>
        </div>
      )}
      {fields.map((f, j) => (
        <ImageRow
          key={f.id}
          serviceIndex={index}
          imageIndex={j}
          registry={registry}
          pushed={pushed}
          onRemove={() => remove(j)}
        />
      ))}
    </Card>
  );
}
