import {
  ApiOutlined,
  CloudServerOutlined,
  DisconnectOutlined,
  ExperimentOutlined,
  MoonOutlined,
  PlusOutlined,
  SunOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Layout, Segmented, Tag, Tooltip, theme } from 'antd';
import { Link, Outlet, ScrollRestoration, useMatch, useParams, type Location } from 'react-router';
import { LinkButton } from '../components/link-button';
import { SignOutButton } from '../features/auth';
import { projectQueries } from '../features/releases/shared/project-queries';
import { commonMessages } from '../i18n/common';
import { LOCALES, useLocale, useT, type Locale } from '../i18n/i18n';
import { paths, routePatterns } from '../lib/paths';
import { OfflineNotice } from './offline-notice';
import { shellMessages } from './messages';
import './shell.css';
import { ProjectPicker } from './project-picker';
import { useThemeMode } from './theme';

/** The shell: header (product, project picker, new version, data source, language, theme) and the page. */
export function AppLayout() {
  const t = useT(shellMessages);
  const tc = useT(commonMessages);
  const { token } = theme.useToken();
  const { projectKey } = useParams();
  const onWizard = useMatch(routePatterns.newRelease);
  const projects = useQuery(projectQueries.list());
  // No "New version" for a project the server does not have (the page says so instead).
  const unknownProject = Boolean(projects.data && !projects.data.some((p) => p.key === projectKey));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('skip')}
      </a>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: 'flex',
          alignItems: 'center',
          // A narrow window (below ~1000 px) puts the controls on a second line instead of past its edge.
          flexWrap: 'wrap',
          gap: '8px 16px',
          paddingInline: 24,
          paddingBlock: 12,
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: 'auto',
          minHeight: 56,
          lineHeight: 'normal',
        }}
      >
        <Link
          to={paths.home}
          style={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 8,
            color: token.colorText,
            fontWeight: 600,
          }}
        >
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span style={{ fontSize: 16, whiteSpace: 'nowrap' }}>{tc('productName')}</span>
        </Link>
        <nav aria-label={t('project')} style={{ display: 'flex', alignItems: 'center' }}>
          <ProjectPicker current={projectKey} />
        </nav>
        {projectKey && !onWizard && !unknownProject && (
          <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to={paths.newRelease(projectKey)}>
            {tc('action.newRelease')}
          </LinkButton>
        )}
        <div style={{ flex: 1 }} />
        <DataSource />
        <SignOutButton />
        <LanguageSwitch />
        <ThemeSwitch />
      </Layout.Header>
      <OfflineNotice />
      <Layout.Content
        id="main"
        tabIndex={-1}
        style={{ padding: 24, maxWidth: 1600, width: '100%', margin: '0 auto' }}
      >
        <Outlet />
      </Layout.Content>
      {/* A new page opens at its top; Back, Forward and a reload return to where the page was left. */}
      <ScrollRestoration getKey={scrollKey} />
    </Layout>
  );
}

/**
 * Where a page's scroll is kept: per history entry. An entry opened from a typed or pasted address has
 * no key of its own (React Router calls every such entry 'default'): it goes by its address, so that a
 * list typed into the tab does not open at the place a version's page was left.
 */
function scrollKey(location: Location): string {
  return location.key === 'default' ? location.pathname + location.search : location.key;
}

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

function LanguageSwitch() {
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

function ThemeSwitch() {
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

/** Where the data comes from: the sandbox, or a Zadig host (and whether it answers). */
function DataSource() {
  const t = useT(shellMessages);
  const tc = useT(commonMessages);
  const health = useQuery(projectQueries.health());
  if (health.isPending) return null;
  let tag;
  let hint;
  if (health.isError) {
    hint = t('source.serverDown');
    tag = (
      <Tag color="error" icon={<DisconnectOutlined aria-hidden />}>
        {hint}
      </Tag>
    );
  } else if (health.data.mode === 'sandbox') {
    hint = t('source.sandboxHint');
    tag = (
      <Tag color="purple" icon={<ExperimentOutlined aria-hidden />}>
        {t('source.sandbox')}
      </Tag>
    );
  } else {
    const host = health.data.zadigHost ?? '?';
    const down = health.data.upstream === 'unreachable';
    hint = down ? t('source.unreachable', { host }) : t('source.zadigHint', { host });
    tag = (
      <Tag
        color={down ? 'error' : 'blue'}
        icon={down ? <ApiOutlined aria-hidden /> : <CloudServerOutlined aria-hidden />}
      >
        {down ? t('source.unreachable', { host }) : t('source.zadig', { host })}
      </Tag>
    );
  }
  return (
    <Tooltip title={hint}>
      <span
        role="status"
        aria-label={tc('pair', { label: t('dataSource'), value: hint })}
        tabIndex={0}
        style={{ display: 'inline-flex' }}
      >
        {tag}
      </span>
    </Tooltip>
  );
}
