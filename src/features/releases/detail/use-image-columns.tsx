/** The columns of a service's image table on the detail page, Helm's with the values keys. */
import { Typography } from 'antd';
import type { ReleaseImage } from '../../../api/model';
import type { DataColumn } from '../../../components/data-table';
import { ImageChip } from '../../../components/image-chip/image-chip';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { ImageStatusTag } from '../shared/image-status-tag';
import { ValuesKeys, valuesKeysMessages } from '../shared/values-keys';
import { withTag } from './image-progress';
import { detailMessages } from './messages';

export function useImageColumns(helm: boolean): DataColumn<ReleaseImage>[] {
  const t = useT(detailMessages);
  const tv = useT(valuesKeysMessages);
  const tc = useT(commonMessages);
  const dash = tc('empty');

  return [
    // Fixed widths (the table is laid out fixed), so that every service's columns line up.
    {
      key: 'container',
      title: t('img.container'),
      render: (i) => i.containerName || dash,
      width: helm ? '10%' : '12%',
    },
    { key: 'name', title: t('img.name'), render: (i) => i.imageName || dash, width: helm ? '10%' : '12%' },
    {
      key: 'images',
      title: t('img.images'),
      render: (i) => {
        const source = withTag(i.sourceImage, i.sourceImageTag);
        const target = withTag(i.targetImage, i.targetImageTag);
        return (
          <div style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: 4 }}>
            <span />
            <span style={{ minWidth: 0 }}>{source ? <ImageChip value={source} wrap /> : dash}</span>
            <span aria-label={t('img.to')}>→</span>
            <span style={{ minWidth: 0 }}>{target ? <ImageChip value={target} wrap /> : dash}</span>
          </div>
        );
      },
    },
    ...(helm
      ? [
          {
            key: 'values',
            title: tv('title'),
            width: '24%',
            render: (i: ReleaseImage) => (
              <ValuesKeys
                targetImage={withTag(i.targetImage, i.targetImageTag)}
                imagePath={i.imagePath}
                imageName={i.imageName || i.containerName}
              />
            ),
          },
        ]
      : []),
    { key: 'push', title: t('img.push'), width: 64, render: (i) => (i.pushImage ? t('yes') : t('no')) },
    {
      key: 'status',
      title: t('img.status'),
      width: 104,
      render: (i) => <ImageStatusTag status={i.status} pushImage={i.pushImage} />,
    },
    {
      key: 'error',
      title: t('img.error'),
      width: helm ? '10%' : '20%',
      render: (i) =>
        i.error ? (
          <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {i.error}
          </Typography.Text>
        ) : (
          dash
        ),
    },
  ];
}
