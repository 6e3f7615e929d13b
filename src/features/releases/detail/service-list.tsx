/** The detail page's services: a heading with their count, then a section per service. */
import { Typography } from 'antd';
import type { ReleaseDetail } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import { detailMessages } from './messages';
import { ServiceSection } from './service-section';

/** `shown`: how many of the services to render now (the rest follow, see `useProgressiveCount`). */
export function ServiceList({ release, shown }: { release: ReleaseDetail; shown: number }) {
  const t = useT(detailMessages);
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 24, fontSize: 18 }}>
        {t('services', { count: release.services.length })}
      </Typography.Title>
      {release.services.length === 0 && <Typography.Text type="secondary">{t('noServices')}</Typography.Text>}
      {release.services.slice(0, shown).map((service) => (
        <ServiceSection
          key={service.serviceName}
          service={service}
          helm={release.type === 'HelmChart'}
          releaseName={release.name}
        />
      ))}
    </>
  );
}
