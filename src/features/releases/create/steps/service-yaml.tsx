/**
 * A service's YAML (or Helm values) on the Services step: the editor behind its toggle, the field's
 * problem above it (syntax, the request's size, or "still checking" for large text), a note when a
 * manual service leaves it to its template, and, for hand-added K8s services, the images found in it.
 */
import { DownOutlined, LockOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Controller, useFormState, useWatch } from 'react-hook-form';
import { LazyYamlEditor } from '../../../../components/yaml-editor/lazy-yaml-editor';
import { LazyYamlViewer } from '../../../../components/yaml-viewer/lazy-yaml-viewer';
import { useYamlAnalysis } from '../../../../components/yaml-editor/yaml-analysis-store';
import { useT } from '../../../../i18n/i18n';
import { useIssueText } from '../field-container';
import { createMessages } from '../messages';
import { decodeIssue } from '../wizard-schema';
import { useWizardForm } from '../form-model';
import { yamlOrigin } from '../server-decided';
import { imagesFromYaml } from '../prefill';

interface ServiceYamlProps {
  index: number;
  label: string;
  open: boolean;
  onToggle: () => void;
}

const SET = { shouldDirty: true, shouldValidate: true } as const;

export function ServiceYaml({ index, label, open, onToggle }: ServiceYamlProps) {
  const t = useT(createMessages);
  const issueText = useIssueText();
  const form = useWizardForm();
  const { control } = form;
  const [type, source, serviceName, yaml, envName, baseName] = useWatch({
    control,
    name: [
      'type',
      'source',
      `services.${index}.serviceName`,
      `services.${index}.yaml`,
      'envName',
      'baseName',
    ],
  });
  const origin = yamlOrigin(t, { type, source, envName, baseName });
  const { errors } = useFormState({ control, name: `services.${index}.yaml` });
  const error = errors.services?.[index]?.yaml?.message;
  const checking = error !== undefined && decodeIssue(error).key === 'yamlChecking';
  const findImages = source === 'manual' && type === 'K8SYaml';
  const analysis = useYamlAnalysis(findImages ? yaml : '', `services.${index}.yaml`);
  const editorId = `service-${index}-yaml`;

  useEffect(() => {
    if (!findImages || !analysis || analysis.problems.length > 0) return;
    const path = `services.${index}.images` as const;
    const current = form.getValues(path);
    const next = imagesFromYaml(current, analysis.containers, type);
    if (next !== current) form.setValue(path, [...next], SET);
  }, [findImages, analysis, form, index, type]);

  return (
    <>
      <div>
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          aria-expanded={open}
          aria-controls={editorId}
          icon={open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
          onClick={onToggle}
        >
          {label}
        </Button>
        {origin && (
          <Tag icon={<LockOutlined aria-hidden />} style={{ marginInlineStart: 8 }}>
            {origin}
          </Tag>
        )}
      </div>
      {origin && open && <DecidedYaml index={index} label={label} origin={origin} />}
      {error && <YamlProblem id={`${editorId}-error`} checking={checking} text={issueText(error)} />}
      {/* A K8s YAML service's template (a Helm service's values come from its chart, not a template). */}
      {open && source === 'manual' && type === 'K8SYaml' && !yaml.trim() && (
        <TemplateNote service={serviceName.trim()} />
      )}
      {open && !origin && (
        <div id={editorId}>
          <Controller
            name={`services.${index}.yaml`}
            render={({ field }) => (
              <LazyYamlEditor
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                label={label}
                invalid={Boolean(error) && !checking}
                describedBy={error && !checking ? `${editorId}-error` : undefined}
                maxHeight="420px"
                minHeight="160px"
              />
            )}
          />
        </div>
      )}
    </>
  );
}

/** YAML the server renders or copies itself: what it will start from, read-only, and why. */
function DecidedYaml({
  index,
  label,
  origin,
}: Omit<ServiceYamlProps, 'open' | 'onToggle'> & { origin: string }) {
  const t = useT(createMessages);
  const [sourceYaml, serviceName] = useWatch({
    control: useWizardForm().control,
    name: [`services.${index}.sourceYaml`, `services.${index}.serviceName`],
  });
  return (
    <div id={`service-${index}-yaml`}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('decided.readonly')}
      </Typography.Paragraph>
      <LazyYamlViewer value={sourceYaml} label={`${label} · ${origin}`} fileName={`${serviceName}.yaml`} />
    </div>
  );
}

/** The YAML field's problem above the editor, or "still checking" while a large text is checked. */
function YamlProblem({ id, checking, text }: { id: string; checking: boolean; text: string }) {
  const t = useT(createMessages);
  return checking ? (
    <Typography.Paragraph type="secondary" role="status" style={{ marginBottom: 8 }}>
      {t('size.checking')}
    </Typography.Paragraph>
  ) : (
    <Typography.Paragraph id={id} type="danger" style={{ marginBottom: 8 }} role="alert">
      {text}
    </Typography.Paragraph>
  );
}

/** Where an empty service's YAML comes from: the service template of its name. */
function TemplateNote({ service }: { service: string }) {
  const t = useT(createMessages);
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
      {service ? t('services.templateYaml', { service }) : t('services.templateYamlUnnamed')}
    </Typography.Paragraph>
  );
}
