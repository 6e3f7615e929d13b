/**
 * Review: the target images and chart versions other versions already pushed, and the confirmation to
 * push them again (one confirmation for all of them).
 */
import { Alert, Button, Checkbox, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../../i18n/i18n';
import type { ChartConflict } from '../chart-conflicts';
import { createMessages } from '../messages';
import type { TargetSafety } from '../use-target-safety';
import { useWizardForm } from '../form-model';

export function OverwriteWarning({ safety }: { safety: TargetSafety }) {
  const t = useT(createMessages);
  const { conflicts, charts, confirmed, setConfirmed } = safety;
  if (conflicts.length === 0 && charts.length === 0) return null;
  const imagesTitle = t('conflict.title', { count: conflicts.length });
  const chartsTitle = t('conflict.charts.title', { count: charts.length });
  const images = conflicts.length > 0 && (
    <Section description={t('conflict.description')}>
      {conflicts.map((c) => (
        <Item key={`${c.serviceIndex}:${c.imageIndex}`}>
          {t('conflict.item', { image: c.image, version: c.version })}
        </Item>
      ))}
    </Section>
  );
  const chartList = charts.length > 0 && (
    // With images above, the charts say what they are in a title of their own.
    <Section
      title={conflicts.length > 0 ? chartsTitle : undefined}
      description={t('conflict.charts.description')}
    >
      {charts.map((c) => (
        <Item key={c.serviceIndex} action={c.next && <UseNext conflict={c} next={c.next} />}>
          {t(c.next ? 'conflict.charts.item' : 'conflict.charts.itemNoNext', { ...c, next: c.next ?? '' })}
        </Item>
      ))}
    </Section>
  );
  const confirm =
    charts.length === 0
      ? 'conflict.confirm'
      : conflicts.length === 0
        ? 'conflict.confirmCharts'
        : 'conflict.confirmBoth';
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 24 }}
      title={conflicts.length > 0 ? imagesTitle : chartsTitle}
      description={
        <>
          {images}
          {chartList}
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
            {t(confirm)}
          </Checkbox>
        </>
      }
    />
  );
}

function Section({
  title,
  description,
  children,
}: {
  title?: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <>
      {title && (
        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {title}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph style={{ marginBottom: 8 }}>{description}</Typography.Paragraph>
      <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>{children}</ul>
    </>
  );
}

function Item({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <li>
      <Typography.Text code style={{ wordBreak: 'keep-all' }}>
        {children}
      </Typography.Text>
      {action}
    </li>
  );
}

/** Puts the suggested chart version (free: `chartConflicts`) into the service's field. */
function UseNext({ conflict, next }: { conflict: ChartConflict; next: string }) {
  const t = useT(createMessages);
  const { setValue } = useWizardForm();
  return (
    <Button
      size="small"
      type="link"
      onClick={() =>
        setValue(`services.${conflict.serviceIndex}.chartVersion`, next, {
          shouldValidate: true,
          shouldDirty: true,
        })
      }
    >
      {t('conflict.charts.use', { service: conflict.service, next })}
    </Button>
  );
}
