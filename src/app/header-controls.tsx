import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Button, Segmented, Tooltip } from 'antd';
import { LOCALES, useLocale, useT, type Locale } from '../i18n/i18n';
import { shellMessages } from './messages';
import { useThemeMode } from './theme';

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

export function LanguageSwitch() {
  const t = useT(shellMessages);
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      aria-label={t('language')}
      size="small"
      value={locale}
      onChange={(next) => setLocale(next)}
      options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LOCALE_NAMES[l]}</span> }))}
    />
  );
}

export function ThemeSwitch() {
  const t = useT(shellMessages);
  const { mode, setMode } = useThemeMode();
  const label = mode === 'dark' ? t('themeToLight') : t('themeToDark');
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        aria-label={label}
        icon={mode === 'dark' ? <SunOutlined /> : <MoonOutlined />}
        onClick={() => setMode(mode === 'dark' ? 'light' : 'dark')}
      />
    </Tooltip>
  );
}
