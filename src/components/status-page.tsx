import { CloseCircleFilled, LockFilled, QuestionCircleFilled, WarningFilled } from '@ant-design/icons';
import { theme } from 'antd';
import type { ReactNode } from 'react';

export type StatusPageIcon = 'error' | 'not-found' | 'locked' | 'warning';

/** A centred icon, heading, text and actions (a light stand-in for antd's Result and its artwork). */
export function StatusPage({
  icon,
  title,
  children,
  extra,
}: {
  icon: StatusPageIcon;
  title: ReactNode;
  children?: ReactNode;
  extra?: ReactNode;
}) {
  const { token } = theme.useToken();
  const glyph = {
    error: <CloseCircleFilled style={{ color: token.colorError }} />,
    'not-found': <QuestionCircleFilled style={{ color: token.colorTextTertiary }} />,
    locked: <LockFilled style={{ color: token.colorWarning }} />,
    warning: <WarningFilled style={{ color: token.colorWarning }} />,
  }[icon];
  return (
    <div style={{ textAlign: 'center', padding: '48px 24px', maxWidth: 720, margin: '0 auto' }}>
      <div aria-hidden style={{ fontSize: 64, lineHeight: 1, marginBottom: 24 }}>
        {glyph}
      </div>
      <h1 style={{ fontSize: 24, fontWeight: 600, color: token.colorTextHeading, margin: '0 0 8px' }}>
        {title}
      </h1>
      {children && (
        <div style={{ color: token.colorTextSecondary, fontSize: token.fontSize }}>{children}</div>
      )}
      {extra && (
        <div style={{ marginTop: 24, display: 'flex', gap: 8, justifyContent: 'center', flexWrap: 'wrap' }}>
          {extra}
        </div>
      )}
    </div>
  );
}
