import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  MinusCircleOutlined,
  QuestionCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { isActiveStatus } from '../../../api/model';
import { commonMessages, labelFor } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { imageStatusGroup, isKnownImageStatus, readableStatus } from './image-status';
import { sharedMessages } from './messages';

/** A version's status: coloured, spinning while creating/retrying; an unknown status shows its raw word. */
export function StatusTag({ status }: { status: string }) {
  const t = useT(commonMessages);
  const text = labelFor(t, 'status', status) || '?';
  if (isActiveStatus(status)) {
    return (
      <Tag color="processing" icon={<SyncOutlined spin aria-hidden />}>
        {text}
      </Tag>
    );
  }
  if (status === 'success') {
    return (
      <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
        {text}
      </Tag>
    );
  }
  if (status === 'failed') {
    return (
      <Tag color="error" icon={<CloseCircleOutlined aria-hidden />}>
        {text}
      </Tag>
    );
  }
  return (
    <Tag icon={<QuestionCircleOutlined aria-hidden />} color="default">
      {text}
    </Tag>
  );
}

/** An image push's status, as the image-distribution job reports it: any job status, in words. */
export function ImageStatusTag({ status, pushImage }: { status: string; pushImage: boolean }) {
  const t = useT(sharedMessages);
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
  const group = imageStatusGroup(status);
  if (group === 'done') {
    return (
      <Tag color="success" icon={<CheckCircleOutlined aria-hidden />} title={status}>
        {text}
      </Tag>
    );
  }
  if (group === 'failed') {
    return (
      <Tag color="error" icon={<CloseCircleOutlined aria-hidden />} title={status}>
        {text}
      </Tag>
    );
  }
  if (group === 'active') {
    return (
      <Tag color="processing" icon={<SyncOutlined spin aria-hidden />} title={status}>
        {text}
      </Tag>
    );
  }
  return (
    <Tag icon={<QuestionCircleOutlined aria-hidden />} color="default" title={status}>
      {text}
    </Tag>
  );
}

/** A version's type or source in words (unknown values raw). */
export function useReleaseLabels() {
  const t = useT(commonMessages);
  return {
    type: (value: string) => labelFor(t, 'type', value) || t('empty'),
    source: (value: string) => labelFor(t, 'source', value) || t('empty'),
    status: (value: string) => labelFor(t, 'status', value) || t('empty'),
  };
}
