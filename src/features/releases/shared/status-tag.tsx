import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  MinusCircleOutlined,
  QuestionCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { commonMessages, labelFor } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { isKnownImageStatus, readableStatus } from './image-status';
import { sharedMessages } from './messages';
import { statusTone, TONE_COLOUR, type StatusTone } from './status-tone';

const TONE_ICON: Record<StatusTone, ReactNode> = {
  active: <SyncOutlined spin aria-hidden />,
  done: <CheckCircleOutlined aria-hidden />,
  failed: <CloseCircleOutlined aria-hidden />,
  other: <QuestionCircleOutlined aria-hidden />,
};

/** A badge in the colour and icon of its status's tone (`status-tone.ts`, the one colour rule). */
function ToneTag({ status, text, title }: { status: string; text: string; title?: string }) {
  const tone = statusTone(status);
  return (
    <Tag color={TONE_COLOUR[tone]} icon={TONE_ICON[tone]} title={title} data-tone={tone}>
      {text}
    </Tag>
  );
}

/** A version's status: coloured, spinning while creating/retrying; an unknown status shows its raw word. */
export function StatusTag({ status }: { status: string }) {
  const t = useT(commonMessages);
  return <ToneTag status={status} text={labelFor(t, 'status', status) || '?'} />;
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
  return <ToneTag status={status} text={text} title={status} />;
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
