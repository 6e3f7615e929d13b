/** The steps bar and the Back / Next footer; a disabled Next says why and can point at the problem. */
import { Button, Space, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { WIZARD_STEPS, type WizardStep } from './form-model';
import { createMessages } from './messages';
import { nextStep, previousStep, type Gates } from './step-gates';
import type { WizardIssue } from './wizard-schema';

export function useIssueReason() {
  const t = useT(createMessages);
  const tc = useT(commonMessages);
  return (issue: WizardIssue): string => {
    const text = t(`issue.${issue.key}`, { ...issue.params });
    const { service, container } = issue.params;
    const isImage = issue.path.includes('images');
    if (service && container && isImage)
      return tc('pair', { label: t('where.image', { service, container }), value: text });
    if (service) return tc('pair', { label: t('where.service', { service }), value: text });
    return text;
  };
}

interface StepsBarProps {
  step: WizardStep;
  gates: Gates;
  /** The user has changed something: the current step's problems are counted from then on. */
  edited: boolean;
  onGo: (step: WizardStep) => void;
}

export function StepsBar({ step, gates, edited, onGo }: StepsBarProps) {
  const t = useT(createMessages);
  const current = WIZARD_STEPS.indexOf(step);
  const reachable = gates.firstBlocked ? WIZARD_STEPS.indexOf(gates.firstBlocked) : WIZARD_STEPS.length - 1;
  return (
    <nav aria-label={t('stepsLabel')}>
      <Steps
        current={current}
        onChange={(i) => {
          const target = WIZARD_STEPS[i];
          if (target && i <= reachable) onGo(target);
        }}
        style={{ marginBottom: 24 }}
        items={WIZARD_STEPS.map((s, i) => ({
          title: t(`step.${s}`),
          disabled: i > reachable,
          status:
            i === current
              ? 'process'
              : i < current && gates.blocking[s]
                ? 'error'
                : i < current
                  ? 'finish'
                  : 'wait',
          content:
            (i < current || (i === current && edited)) && gates.counts[s] > 0
              ? t('step.problems', { count: gates.counts[s] })
              : undefined,
        }))}
      />
    </nav>
  );
}

interface FooterProps {
  step: WizardStep;
  gates: Gates;
  onGo: (step: WizardStep) => void;
  /** Shows the field of the blocking problem. */
  onShowProblem: (issue: WizardIssue) => void;
  /** Shown instead of Next on the last step (Create). */
  finish?: ReactNode;
}

export function WizardFooter({ step, gates, onGo, onShowProblem, finish }: FooterProps) {
  const t = useT(createMessages);
  const reason = useIssueReason();
  const back = previousStep(step);
  const next = nextStep(step);
  const blocking = gates.blocking[step];
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginTop: 24 }}>
      {back && <Button onClick={() => onGo(back)}>{t('back')}</Button>}
      {!next && finish}
      {next && (
        <Space wrap>
          <Button
            type="primary"
            disabled={Boolean(blocking)}
            aria-describedby={blocking ? 'next-blocked' : undefined}
            onClick={() => onGo(next)}
          >
            {t('next')}
          </Button>
          {blocking && (
            <Typography.Link id="next-blocked" type="warning" onClick={() => onShowProblem(blocking)}>
              {t('nextBlocked', { reason: reason(blocking) })}
            </Typography.Link>
          )}
        </Space>
      )}
    </div>
  );
}
