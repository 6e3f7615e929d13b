/**
 * The one adapter between react-hook-form and antd's Form.Item: label, required mark, help and the
 * field's error (translated), with ids wired for screen readers. The child renders the control; the
 * field is read from the wizard's form (`FormProvider`).
 */
import { Form } from 'antd';
import { useId, type ReactNode } from 'react';
import { useController, type ControllerRenderProps, type FieldPath } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { useWizardForm, type WizardForm } from './form-model';
import { createMessages, type CreateMessageKey } from './messages';
import { decodeIssue } from './wizard-schema';

/** Marks a field error that carries the server's own words. */
export const SERVER_PREFIX = 'server:';

export interface FieldControlProps<N extends FieldPath<WizardForm>> {
  field: ControllerRenderProps<WizardForm, N>;
  id: string;
  invalid: boolean;
  /** Id of the help/error text, for `aria-describedby`. */
  describedBy: string;
  /** What every control takes: its id, its error status and the id of its help/error text. */
  control: { id: string; status: 'error' | undefined; 'aria-describedby': string };
}

interface FieldContainerProps<N extends FieldPath<WizardForm>> {
  name: N;
  label: ReactNode;
  required?: boolean;
  /** Shown under the control when there is no error. */
  help?: ReactNode;
  /** Shown under the help, always. */
  extra?: ReactNode;
  /** Shown (as a warning, instead of the help) when there is no error. */
  warning?: ReactNode;
  /** Show the error as soon as there is one, not only after the field was touched. */
  eager?: boolean;
  /** In a table row: no visible label (the column header says it; the control has its own aria-label). */
  compact?: boolean;
  children: (props: FieldControlProps<N>) => ReactNode;
}

/** Translates a field error (an issue key with params, or the server's words). */
export function useIssueText() {
  const t = useT(createMessages);
  return (message: string | undefined): string => {
    if (!message) return '';
    if (message.startsWith(SERVER_PREFIX))
      return t('create.fieldError', { text: message.slice(SERVER_PREFIX.length) });
    const { key, params } = decodeIssue(message);
    const full = `issue.${key}`;
    if (full in createMessages['en-US']) return t(full as CreateMessageKey, { ...params });
    return message;
  };
}

export function FieldContainer<N extends FieldPath<WizardForm>>({
  name,
  label,
  required,
  help,
  extra,
  warning,
  eager,
  compact,
  children,
}: FieldContainerProps<N>) {
  const { field, fieldState, formState } = useController({ control: useWizardForm().control, name });
  const issueText = useIssueText();
  const id = useId();
  const describedBy = `${id}-help`;
  // The server's answer to Create is shown at once, even on a field the user never touched (a base
  // version that `?from=` filled in).
  const shown =
    fieldState.error &&
    (eager ||
      fieldState.error.type === 'server' ||
      fieldState.isTouched ||
      fieldState.isDirty ||
      formState.isSubmitted);
  const message = shown ? issueText(fieldState.error?.message) : '';
  return (
    <Form.Item
      label={compact ? undefined : label}
      style={compact ? { marginBottom: 0 } : undefined}
      htmlFor={id}
      required={required}
      validateStatus={message ? 'error' : warning ? 'warning' : undefined}
      help={
        message || warning || help ? <span id={describedBy}>{message || warning || help}</span> : undefined
      }
      extra={extra}
    >
      {children({
        field,
        id,
        invalid: Boolean(message),
        describedBy,
        control: { id, status: message ? 'error' : undefined, 'aria-describedby': describedBy },
      })}
    </Form.Item>
  );
}
