import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  QuestionCircleOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { commonMessages, labelFor } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { statusTone, TONE_COLOUR, type StatusTone } from './status-tone';

const TONE_ICON: Record<StatusTone, ReactNode> = {
  active: <SyncOutlined spin aria-hidden />,
  done: <CheckCircleOutlined aria-hidden />,
  failed: <CloseCircleOutlined aria-hidden />,
  other: <QuestionCircleOutlined aria-hidden />,
};

/** A badge in the colour and icon of its status's tone (`status-tone.ts`, the one colour rule). */
export function ToneTag({ status, text, title }: { status: string; text: string; title?: string }) {
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

/** A version's type or source in words (unknown values raw). */
export function useReleaseLabels() {
  const t = useT(commonMessages);
  return {
    type: (value: string) => labelFor(t, 'type', value) || t('empty'),
    source: (value: string) => labelFor(t, 'source', value) || t('empty'),
    status: (value: string) => labelFor(t, 'status', value) || t('empty'),
  };
}
