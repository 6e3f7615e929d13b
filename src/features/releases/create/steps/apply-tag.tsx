/** "Apply one tag to every image" on the Images step: sets the target tag of each chosen service's image. */
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../i18n/i18n';
import { createMessages } from '../messages';
import { TAG } from '../target-image';
import { useWizardForm } from '../form-model';

export function ApplyTag() {
  const t = useT(createMessages);
  const { message } = App.useApp();
  const form = useWizardForm();
  const [tag, setTag] = useState('');
  const tagValid = TAG.test(tag.trim());

  const applyTag = () => {
    const value = tag.trim();
    if (!TAG.test(value)) return;
    let count = 0;
    form.getValues('services').forEach((s, i) => {
      if (!s.included) return;
      s.images.forEach((_img, j) => {
        form.setValue(`services.${i}.images.${j}.tagFollowsName`, false);
        form.setValue(`services.${i}.images.${j}.targetTag`, value, {
          shouldDirty: true,
          shouldValidate: true,
        });
        count++;
      });
    });
    void message.success(t('applyTag.done', { tag: value, count }));
  };

  return (
    // At most the width of the step (in a phone-wide window the field narrows instead of overflowing).
    <div style={{ maxWidth: '100%' }}>
      <label htmlFor="apply-tag" style={{ display: 'block', marginBottom: 4 }}>
        {t('applyTag')}
      </label>
      <Space.Compact style={{ width: 380, maxWidth: '100%' }}>
        <Input
          id="apply-tag"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          onPressEnter={applyTag}
          placeholder={t('applyTag.placeholder')}
          status={tag && !tagValid ? 'error' : undefined}
          aria-describedby="apply-tag-help"
        />
        <Button onClick={applyTag} disabled={!tagValid}>
          {t('applyTag.button')}
        </Button>
      </Space.Compact>
      {tag && !tagValid && (
        <div id="apply-tag-help" style={{ color: '#ff4d4f', marginTop: 4, maxWidth: 380 }}>
          {t('applyTag.invalid')}
        </div>
      )}
    </div>
  );
}
