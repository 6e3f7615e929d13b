/** The server refused the request as too large (413): how large it was, and the service to make smaller. */
import { Alert, Button } from 'antd';
import { useT } from '../../../../i18n/i18n';
import type { WizardForm } from '../form-model';
import { createMessages } from '../messages';
import { formatBytes, type RequestSize } from '../request-size';

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
