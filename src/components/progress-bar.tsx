import { theme } from 'antd';

/** A thin determinate progress bar with an accessible name (lighter than antd's Progress). */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const { token } = theme.useToken();
  const percent = max > 0 ? Math.min(100, Math.round((100 * value) / max)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      style={{
        height: 6,
        borderRadius: 3,
        background: token.colorFillSecondary,
        overflow: 'hidden',
        marginTop: 4,
      }}
    >
      <div
        style={{
          width: `${percent}%`,
          height: '100%',
          background: token.colorPrimary,
          transition: 'width 0.3s',
        }}
      />
    </div>
  );
}
