import { Alert, Button, Checkbox, Form, Input, Modal, theme, Typography } from 'antd';
import { useId, useSyncExternalStore } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { verifyToken } from '../../api/catalog';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/i18n';
import { authMessages } from './messages';
import { tokenPrompt } from './token-prompt';
import { cleanTokenInput, saveToken, tokenProblem } from './token-store';

interface TokenForm {
  token: string;
  remember: boolean;
}

type ProblemKey = 'problem.empty' | 'problem.spaces' | 'problem.too-long' | 'problem.characters' | 'refused';

/**
 * The API token dialog: opened by the first 401 (or an "Enter API token" button), global so that the
 * page underneath, a half-filled wizard included, stays as it was. The token is checked with Zadig
 * before it is kept; a refused or unchecked token keeps the dialog open with what was typed.
 */
export function TokenDialog() {
  const t = useT(authMessages);
  const open = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.isOpen, () => false);
  const formId = useId();
  const inputId = useId();
  const { control, handleSubmit, setError, reset, formState } = useForm<TokenForm>({
    defaultValues: { token: '', remember: false },
  });
  const tokenError = formState.errors.token;
  // antd colours form errors with colorError, too dark on the dark theme's dialog; the text shade reads well on both.
  const { token: colors } = theme.useToken();

  const submit = handleSubmit(async ({ token, remember }) => {
    const cleaned = cleanTokenInput(token);
    try {
      if ((await verifyToken(cleaned)) === 'refused') {
        setError('token', { type: 'refused', message: 'refused' }, { shouldFocus: true });
        return;
      }
    } catch (error) {
      const kind = isApiError(error) ? error.kind : 'network';
      const reason =
        kind === 'timeout' ? 'reason.timeout' : kind === 'server' ? 'reason.server' : 'reason.network';
      setError('token', { type: 'unreachable', message: t('unreachable', { reason: t(reason) }) });
      return;
    }
    saveToken(cleaned, remember);
    reset({ token: '', remember });
    tokenPrompt.settle(true);
  });

  const cancel = () => {
    reset({ token: '', remember: false });
    tokenPrompt.settle(false);
  };

  const errorText =
    tokenError?.type === 'unreachable'
      ? tokenError.message
      : tokenError?.message
        ? t(tokenError.message as ProblemKey)
        : '';

  return (
    <Modal
      open={open}
      title={t('title')}
      onCancel={cancel}
      mask={{ closable: false }}
      width={560}
      footer={[
        <Button key="cancel" onClick={cancel} disabled={formState.isSubmitting}>
          {t('cancel')}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form={formId} loading={formState.isSubmitting}>
          {formState.isSubmitting ? t('checking') : t('submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('where')} style={{ marginBottom: 16 }} />
      <Form
        id={formId}
        layout="vertical"
        component="form"
        onSubmitCapture={(e) => void submit(e)}
        requiredMark={false}
      >
        <Controller
          control={control}
          name="token"
          rules={{
            validate: (value) => {
              const problem = tokenProblem(cleanTokenInput(value));
              return problem ? `problem.${problem}` : true;
            },
          }}
          render={({ field }) => (
            <Form.Item
              label={t('tokenLabel')}
              htmlFor={inputId}
              validateStatus={tokenError ? 'error' : undefined}
              help={errorText ? <span style={{ color: colors.colorErrorText }}>{errorText}</span> : undefined}
            >
              <Input.Password
                {...field}
                id={inputId}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                placeholder={t('tokenPlaceholder')}
                aria-invalid={tokenError ? true : undefined}
              />
            </Form.Item>
          )}
        />
        <Controller
          control={control}
          name="remember"
          render={({ field: { value, onChange, ...field } }) => (
            <Form.Item extra={t('rememberHelp')} style={{ marginBottom: 8 }}>
              <Checkbox {...field} checked={value} onChange={(e) => onChange(e.target.checked)}>
                {t('remember')}
              </Checkbox>
            </Form.Item>
          )}
        />
      </Form>
      <Typography.Text type="secondary">{t('privacy')}</Typography.Text>
    </Modal>
  );
}
