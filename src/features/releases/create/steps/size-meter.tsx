/** The create request's size against the server's limit, said before anything is sent, and after a 413. */
import { Progress, theme, Typography, Alert, Button } from 'antd';
import { useId } from 'react';
import { useT } from '../../../../i18n/i18n';
import { createMessages } from '../messages';
import { formatBytes, NEAR_LIMIT, REQUEST_LIMIT_BYTES, type RequestSize } from '../request-size';
import type { WizardForm } from '../form-model';

export function SizeMeter({ size }: { size: RequestSize }) {
  const t = useT(createMessages);
  const { token } = theme.useToken();
  const id = useId();
  const limit = formatBytes(REQUEST_LIMIT_BYTES);
  const ratio = size.total / REQUEST_LIMIT_BYTES;
  const over = ratio > 1;
  const near = !over && ratio >= NEAR_LIMIT;
  const note = over
    ? t('size.over', { over: formatBytes(size.total - REQUEST_LIMIT_BYTES) })
    : near
      ? t('size.near', { limit })
      : t('size.help', { limit });
  return (
    <div style={{ maxWidth: 520, marginBottom: 16 }}>
      <Typography.Text id={`${id}-label`}>
        {t('size.meter', { size: formatBytes(size.total), limit })}
      </Typography.Text>
      <Progress
        percent={Math.min(100, Math.max(ratio * 100, 0.5))}
        showInfo={false}
        size="small"
        status={over ? 'exception' : 'normal'}
        strokeColor={over ? token.colorError : near ? token.colorWarning : undefined}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-note`}
        style={{ margin: '2px 0' }}
      />
      <Typography.Text id={`${id}-note`} type={over ? 'danger' : near ? 'warning' : 'secondary'}>
        {note}
      </Typography.Text>
    </div>
  );
}

/** The server refused the request as too large (413): how large it was, and the service to make smaller. */
interface TooLargeAlertProps {
  size: RequestSize;
  services: WizardForm['services'];
  onShow: (index: number) => void;
}

export function TooLargeAlert({ size, services, onShow }: TooLargeAlertProps) {
  const t = useT(createMessages);
  const largest = size.services.reduce<RequestSize['services'][number] | null>(
    (best, s) => (!best || s.bytes > best.bytes ? s : best),
    null,
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('create.failed')}
      description={t('size.refused', {
        total: formatBytes(size.total),
        service: largest ? (services[largest.index]?.serviceName ?? '') : '',
        size: formatBytes(largest?.bytes ?? 0),
      })}
      action={
        largest && (
          <Button size="small" onClick={() => onShow(largest.index)}>
            {t('size.show')}
          </Button>
        )
      }
    />
  );
}
