import { theme } from 'antd';
import { useId, type ReactNode } from 'react';

/** A titled, bordered section (lighter than antd's Card, which brings Tabs along). */
export function Panel({
  title,
  extra,
  children,
  style,
  level = 2,
}: {
  level?: 2 | 3;
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  style?: React.CSSProperties;
}) {
  const { token } = theme.useToken();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={id}
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        marginBottom: 16,
        ...style,
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: '10px 16px',
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          flexWrap: 'wrap',
        }}
      >
        <Heading
          id={id}
          style={{
            margin: 0,
            fontSize: token.fontSizeLG,
            fontWeight: 600,
            color: token.colorTextHeading,
            flex: 1,
          }}
        >
          {title}
        </Heading>
        {extra}
      </div>
      <div style={{ padding: 16 }}>{children}</div>
    </section>
  );
}
