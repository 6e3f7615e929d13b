import { Alert, Button, Checkbox, Flex, Form, Input, Modal, theme, Typography, type InputRef } from 'antd';
import { useId, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { verifyToken } from '../../api/catalog';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/i18n';
import { returnFocus } from './focus-return';
import { authMessages } from './messages';
import { tokenPrompt } from './token-prompt';
import { cleanTokenInput, isTokenRemembered, saveToken, tokenProblem } from './token-store';

const cancel = () => tokenPrompt.settle(false);

/**
 * The API token dialog: opened by the first 401 (or an "Enter API token" button), global so that the
 * page underneath, a half-filled wizard included, stays as it was. Each question gets a fresh form.
 */
export function TokenDialog() {
  const t = useT(authMessages);
  const open = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.isOpen, () => false);
  const question = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.questions, () => 0);
  const field = useRef<InputRef>(null);
  return (
    <Modal
      open={open}
      title={t('title')}
      onCancel={cancel}
      mask={{ closable: false }}
      width={560}
      footer={null}
      // Once open, the field takes the focus: over another dialog (the delete confirmation), that
      // dialog's focus trap takes back the focus the field got when it appeared.
      afterOpenChange={(opened) => opened && field.current?.focus()}
      afterClose={returnFocus}
    >
      <TokenForm key={question} fieldRef={field} />
    </Modal>
  );
}

interface TokenForm {
  token: string;
  remember: boolean;
}

type ProblemKey = 'problem.empty' | 'problem.spaces' | 'problem.too-long' | 'problem.characters' | 'refused';

/**
 * The token form inside the dialog, mounted afresh for each question: the "remember" box starts ticked
 * when the token being replaced was remembered on this device. The token is checked with Zadig before
 * it is kept; a refused or unchecked token keeps what was typed, with the reason under the field.
 * `fieldRef` is the token field, for the dialog to focus once it has opened.
 */
function TokenForm({ fieldRef }: { fieldRef: RefObject<InputRef | null> }) {
  const t = useT(authMessages);
  const inputId = useId();
  const { control, submit, formState, errorText } = useTokenForm();
  const forChange = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.forChange, () => false);
  const tokenError = formState.errors.token;
  // antd colours form errors with colorError, too dark on the dark theme's dialog; the text shade reads well on both.
  const { token: colors } = theme.useToken();

  return (
    <>
      <Typography.Paragraph>{t(forChange ? 'introChange' : 'intro')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('where')} style={{ marginBottom: 16 }} />
      <Form layout="vertical" component="form" onSubmitCapture={(e) => void submit(e)} requiredMark={false}>
        <Controller
          control={control}
          name="token"
          rules={{
            validate: (value) => {
              const problem = tokenProblem(cleanTokenInput(value));
              return problem ? `problem.${problem}` : true;
            },
          }}
          render={({ field: { ref, ...field } }) => (
            <Form.Item
              label={t('tokenLabel')}
              htmlFor={inputId}
              validateStatus={tokenError ? 'error' : undefined}
              help={errorText ? <span style={{ color: colors.colorErrorText }}>{errorText}</span> : undefined}
            >
              <Input.Password
                {...field}
                ref={(input) => {
                  ref(input);
                  fieldRef.current = input;
                }}
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
        <Typography.Paragraph type="secondary">{t('privacy')}</Typography.Paragraph>
        <Flex justify="end" gap={8}>
          <Button onClick={() => tokenPrompt.settle(false)} disabled={formState.isSubmitting}>
            {t('cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            {formState.isSubmitting ? t('checking') : t('submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

/** The form's state and its submit: the token is checked with Zadig, then kept (or the reason shown). */
function useTokenForm() {
  const t = useT(authMessages);
  const [remembered] = useState(isTokenRemembered);
  const { control, handleSubmit, setError, formState } = useForm<TokenForm>({
    defaultValues: { token: '', remember: remembered },
  });
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
    tokenPrompt.settle(true);
  });
  const tokenError = formState.errors.token;
  const errorText =
    tokenError?.type === 'unreachable'
      ? tokenError.message
      : tokenError?.message
        ? t(tokenError.message as ProblemKey)
        : '';
  return { control, submit, formState, errorText };
}
