// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { ReleaseService } from '../../../api/model';
import { LocaleProvider, type Locale } from '../../../i18n/i18n';
import { compareReleases } from '../../../lib/compare-releases';
import { comparisonMarkdown } from '../../../lib/release-notes';
import { useNotesWords } from './use-notes-words';

const service: ReleaseService = {
  serviceName: 'api',
  chartName: '',
  chartVersion: '',
  chartStatus: '',
  yamlContent: 'a: 1\n',
  error: '',
  images: [],
};

const side = (name: string, source: string, type: string) => ({
  name,
  type,
  envName: '',
  source,
  description: '',
  labels: [],
  services: [service],
});

function markdown(locale: Locale): string {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LocaleProvider initial={locale}>{children}</LocaleProvider>
  );
  const { result } = renderHook(() => useNotesWords(), { wrapper });
  const comparison = compareReleases(
    side('v1', 'from_env', 'K8SYaml'),
    side('v2', 'from_version', 'HelmChart'),
  );
  return comparisonMarkdown(
    comparison,
    { project: 'shop', base: 'v1', head: 'v2' },
    result.current.notes,
    '',
  );
}

describe('the release notes in Markdown use the page’s words', () => {
  it('in English: sources and types as words, never codes', () => {
    const md = markdown('en-US');
    expect(md).toContain('# Version comparison: `v1` → `v2` (shop)');
    expect(md).toContain('- Source: `From environment` → `From version`');
    expect(md).toContain('- Type: `K8s YAML` → `Helm chart`');
    expect(md).not.toMatch(/from_env|from_version|K8SYaml|HelmChart/);
  });

  it('in Chinese: the same words as the page, with full-width colons', () => {
    const md = markdown('zh-CN');
    expect(md).toContain('# 版本对比：`v1` → `v2`（shop）');
    expect(md).toContain('- 来源：`从环境` → `从版本创建`');
    expect(md).toContain('- 类型：`K8s YAML` → `Helm Chart`');
    expect(md).not.toMatch(/from_env|from_version|K8SYaml|HelmChart/);
    expect(md).not.toMatch(/[\u4e00-\u9fff]:/);
  });
});
