// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../api/errors';
import { LocaleProvider, type Locale } from '../../i18n/i18n';
import { ErrorView } from './error-view';

afterEach(cleanup);

/** Zadig answers a refused retry like this (pkg/microservice/aslan/core/delivery/service/version_v2.go). */
const ENGLISH_400 = errorFromResponse(
  400,
  'Bad Request',
  '{"code":6562,"message":"Bad Request","description":"can\'t reCreate version with status:retrying"}',
);
const CHINESE_400 = errorFromResponse(
  400,
  'Bad Request',
  '{"code":6562,"message":"Bad Request","description":"版本名称已存在"}',
);

/**
 * The console server's answer when Zadig behind it cannot be reached (server/proxy.ts `onError`,
 * server/versions/proxy/zadig-reader.ts): its own English sentence in a Zadig-shaped 502.
 */
const ZADIG_DOWN = errorFromResponse(
  502,
  'Bad Gateway',
  '{"code":502,"message":"Bad Gateway","description":"Zadig cannot be reached. Try again later, or tell whoever runs this console."}',
);

function show(error: unknown, locale: Locale, variant: 'page' | 'inline') {
  render(
    <LocaleProvider initial={locale}>
      <ErrorView error={error} variant={variant} />
    </LocaleProvider>,
  );
  return screen.getByRole('alert').textContent ?? '';
}

describe('error view', () => {
  it.each(['page', 'inline'] as const)(
    "labels English server text as the server's original words in the Chinese UI, after our explanation (%s)",
    (variant) => {
      const text = show(ENGLISH_400, 'zh-CN', variant);
      const ours = text.indexOf('请根据下方服务器的说明修改后再试。');
      const theirs = text.indexOf("服务器原文：can't reCreate version with status:retrying");
      expect(ours).toBeGreaterThanOrEqual(0);
      expect(theirs).toBeGreaterThan(ours);
      expect(text).not.toContain('服务器说明');
    },
  );

  it("keeps Chinese server text as the server's explanation in the Chinese UI", () => {
    const text = show(CHINESE_400, 'zh-CN', 'inline');
    expect(text).toContain('服务器说明：版本名称已存在');
    expect(text).not.toContain('服务器原文');
  });

  it("puts our explanation before the server's words in English too", () => {
    const text = show(ENGLISH_400, 'en-US', 'page');
    const ours = text.indexOf('Change what the server points out below, then try again.');
    expect(ours).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("The server said: can't reCreate version with status:retrying")).toBeGreaterThan(
      ours,
    );
  });

  it.each(['page', 'inline'] as const)(
    "says Zadig cannot be reached in Chinese, instead of the console server's English sentence (%s)",
    (variant) => {
      const text = show(ZADIG_DOWN, 'zh-CN', variant);
      expect(text).toContain('无法连接 Zadig');
      expect(text).toContain('控制台的服务器连不上 Zadig');
      expect(text).not.toContain('cannot be reached');
      expect(text).not.toContain('服务器原文');
    },
  );
});
