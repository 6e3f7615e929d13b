import { Typography } from 'antd';
import type { ImagePath } from '../../../api/schemas';
import { ImageChip } from '../../../components/image-chip/image-chip';
import { defineMessages, useT } from '../../../i18n/i18n';
import { helmImageAssignments } from '../../../lib/helm-image-paths';

export const valuesKeysMessages = defineMessages({
  'zh-CN': {
    title: 'Values 键',
    label: '{image} 写入的 values 键',
    none: '未设置 values 键：Zadig 不会把这个镜像写入 values。',
  },
  'en-US': {
    title: 'Values keys',
    label: 'Values keys {image} is written to',
    none: 'No values keys: Zadig does not write this image into the values.',
  },
});

/**
 * Where a Helm image goes: each values key (`image_path`) with the part of the target image written
 * there, e.g. `image.repository = harbor.example.com/mall/order` and `image.tag = v1`.
 */
export function ValuesKeys({
  targetImage,
  imagePath,
  imageName,
}: {
  targetImage: string;
  imagePath: ImagePath | null;
  imageName: string;
}) {
  const t = useT(valuesKeysMessages);
  const assignments = helmImageAssignments(targetImage, imagePath);
  const keys = Object.values(imagePath ?? {}).filter((k): k is string => Boolean(k?.trim()));
  if (assignments.length === 0 && keys.length === 0) {
    return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  }
  // A target that does not parse still shows the keys themselves.
  const rows = assignments.length > 0 ? assignments : keys.map((path) => ({ path, value: '' }));
  return (
    <ul aria-label={t('label', { image: imageName })} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map(({ path, value }) => (
        <li key={path} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <Typography.Text code>{path}</Typography.Text>
          {value && (
            <>
              <span style={{ whiteSpace: 'pre' }}>{' = '}</span>
              <ImageChip value={value} copy={false} wrap />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
