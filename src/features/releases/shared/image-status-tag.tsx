import { ClockCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useT } from '../../../i18n/i18n';
import { isKnownImageStatus, readableStatus } from './status-tone';
import { imageStatusMessages } from './image-messages';
import { ToneTag } from './status-tag';

/** An image push's status, as the image-distribution job reports it: any job status, in words. */
export function ImageStatusTag({ status, pushImage }: { status: string; pushImage: boolean }) {
  const t = useT(imageStatusMessages);
  if (!pushImage && !status) {
    return (
      <Tag icon={<MinusCircleOutlined aria-hidden />} color="default">
        {t('image.notPushed')}
      </Tag>
    );
  }
  if (!status) {
    return (
      <Tag icon={<ClockCircleOutlined aria-hidden />} color="default">
        {t('image.notStarted')}
      </Tag>
    );
  }
  const text = isKnownImageStatus(status) ? t(`image.${status}` as 'image.passed') : readableStatus(status);
  return <ToneTag status={status} text={text} title={status} />;
}
