/** One service on the Services step: include it, its name (manual), chart version (Helm) and YAML. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useT } from '../../../../i18n/i18n';
import { FieldContainer } from '../field-container';
import type { ChartConflict } from '../chart-conflicts';
import type { ChartVersionSuggestion } from '../history';
import { createMessages } from '../messages';
import { formatBytes, serviceYamlBytes } from '../request-size';
import { ServiceYaml } from './service-yaml';
import { useWizardForm } from '../form-model';

interface ServiceCardProps {
  index: number;
  /** The chart version suggested for this service (the chart's latest is the same on every card). */
  suggestion: ChartVersionSuggestion | undefined;
  /** Another version already pushes this service's chart version. */
  chartConflict?: ChartConflict;
  /** Another service of this version already gives its chart this version (the field says so at once). */
  chartRepeated?: boolean;
  onRemove: () => void;
  defaultOpen: boolean;
}

export function ServiceCard(props: ServiceCardProps) {
  const { index, suggestion: allocated, chartConflict, chartRepeated, onRemove, defaultOpen } = props;
  const t = useT(createMessages);
  const { control } = useWizardForm();
  const [open, setOpen] = useState(defaultOpen);
  const [type, source, name, included, images, yaml] = useWatch({
    control,
    name: [
      'type',
      'source',
      `services.${index}.serviceName`,
      `services.${index}.included`,
      `services.${index}.images`,
      `services.${index}.yaml`,
    ],
  });
  const manual = source === 'manual';
  const title = name?.trim() || t('services.unnamed');
  const helm = type === 'HelmChart';
  const suggestion = helm ? allocated : undefined;
  const editorLabel = t(helm ? 'field.yaml.helm' : 'field.yaml.k8s', { service: title });

  return (
    <Card
      size="small"
      style={{ marginBottom: 12, opacity: included ? 1 : 0.6 }}
      title={
        manual ? (
          title
        ) : (
          <Controller
            name={`services.${index}.included`}
            render={({ field }) => (
              <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
                {title}
              </Checkbox>
            )}
          />
        )
      }
      extra={
        <CardExtra
          images={images?.length ?? 0}
          yaml={yaml}
          removeLabel={manual ? t('services.remove', { service: title }) : null}
          onRemove={onRemove}
        />
      }
    >
      {included && (
        <>
          {manual && <ServiceNameField index={index} />}
          {helm && (
            <ChartVersionFields
              index={index}
              suggestion={suggestion}
              conflict={chartConflict}
              repeated={chartRepeated ?? false}
              chart={suggestion?.chart || name?.trim() || ''}
              fromVersion={source === 'from_version'}
            />
          )}
          <ServiceYaml index={index} label={editorLabel} open={open} onToggle={() => setOpen((o) => !o)} />
        </>
      )}
    </Card>
  );
}

/** A Helm service's chart version (with the project's next one offered) and, from a version, its original. */
function ChartVersionFields({
  index,
  suggestion,
  conflict,
  repeated,
  chart,
  fromVersion,
}: {
  index: number;
  suggestion: ChartVersionSuggestion | undefined;
  conflict: ChartConflict | undefined;
  repeated: boolean;
  /** The chart's name ('' while the service has none). */
  chart: string;
  fromVersion: boolean;
}) {
  const t = useT(createMessages);
  return (
    <Space wrap align="start" size={24}>
      <FieldContainer
        name={`services.${index}.chartVersion`}
        label={t('field.chartVersion')}
        required
        eager={repeated}
        warning={conflict && t('conflict.charts.field', { ...conflict, next: conflict.next ?? '' })}
        help={
          suggestion?.latest && suggestion.next
            ? t(
                (suggestion.shared ?? 1) > 1
                  ? 'field.chartVersion.suggestShared'
                  : 'field.chartVersion.suggest',
                {
                  chart: suggestion.chart,
                  latest: suggestion.latest,
                  next: suggestion.next,
                  count: suggestion.shared ?? 1,
                },
              )
            : chart
              ? t('field.chartVersion.noHistory', { chart })
              : t('field.chartVersion.example')
        }
      >
        {({ field, control }) => (
          <Space.Compact>
            <Input {...field} {...control} placeholder="1.0.0" style={{ width: 180 }} />
            {suggestion?.next && field.value !== suggestion.next && (
              <Button onClick={() => field.onChange(suggestion.next)}>
                {t('field.chartVersion.use', { next: suggestion.next })}
              </Button>
            )}
          </Space.Compact>
        )}
      </FieldContainer>
      {fromVersion && (
        <FieldContainer
          name={`services.${index}.originalChartVersion`}
          label={t('field.originalChartVersion')}
          eager
        >
          {({ field, id }) => <Input id={id} value={field.value} readOnly variant="borderless" />}
        </FieldContainer>
      )}
    </Space>
  );
}

function CardExtra(props: {
  images: number;
  yaml: string;
  removeLabel: string | null;
  onRemove: () => void;
}) {
  const t = useT(createMessages);
  return (
    <Space>
      <Typography.Text type="secondary">{t('services.images', { count: props.images })}</Typography.Text>
      {props.yaml && (
        <Typography.Text type="secondary">
          {t('size.yaml', { size: formatBytes(serviceYamlBytes(props.yaml)) })}
        </Typography.Text>
      )}
      {props.removeLabel && (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={props.removeLabel}
          onClick={props.onRemove}
        />
      )}
    </Space>
  );
}

function ServiceNameField({ index }: { index: number }) {
  const t = useT(createMessages);
  return (
    <FieldContainer name={`services.${index}.serviceName`} label={t('field.serviceName')} required>
      {({ field, control }) => <Input {...field} {...control} style={{ maxWidth: 360 }} />}
    </FieldContainer>
  );
}
