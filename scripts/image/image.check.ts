/**
 * `npm run test:image`: builds localhost/zadig-releases:latest (`npm run image`; IMAGE_SKIP_BUILD=1
 * checks an image already built, IMAGE= another tag) and checks it the way an operator runs it:
 * read-only root file system, a named volume on /data, sandbox mode. Every check fails with the
 * container's log. Containers and volumes it creates are removed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, logs, podman, removeQuietly, run } from './podman';
import { waitHealthy } from './podman';
import { launch } from '../bench/browser';

const IMAGE = process.env.IMAGE ?? 'localhost/zadig-releases:latest';
const NAME = `zadig-releases-check-${process.pid}`;
const VOLUME = `${NAME}-data`;
let url = '';

function k8sVersion(name: string) {
  const host = 'harbor.demo.koderover.com/mall';
  return {
    project_key: 'yaml-demo',
    version_name: name,
    source: 'manual',
    desc: 'written by the image check',
    image_registry_id: '6650a1c2e4b0f1a2b3c4d5e6',
    services: [
      {
        service_name: 'user-service',
        images: [
          {
            container_name: 'user-service',
            image_name: 'user-service',
            source_image: `${host}/user-service:latest`,
            source_image_tag: 'latest',
            target_image: `${host}/user-service:${name}`,
            target_image_tag: name,
            push_image: true,
          },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  if (process.env.IMAGE_SKIP_BUILD !== '1') {
    const build = run('bash', ['scripts/image/build.sh'], { env: { IMAGE } });
    console.log(`image build: ${(build.ms / 1000).toFixed(0)} s\n${build.stdout}`);
    if (build.status !== 0) throw new Error(`npm run image failed:\n${build.stdout}\n${build.stderr}`);
  }
  removeQuietly(NAME, VOLUME);
  const port = await freePort();
  url = `http://localhost:${port}`;
  podman('volume', 'create', VOLUME);
  podman(
    ...['run', '--detach', '--name', NAME, '--read-only', '--publish', `127.0.0.1:${port}:8080`],
    ...['--volume', `${VOLUME}:/data`, '--env', 'SANDBOX_PUSH_MS=100', '--env', 'LOG_LEVEL=warn', IMAGE],
  );
  await waitHealthy(NAME, url);
});

afterAll(() => removeQuietly(NAME, VOLUME));

describe(`the image ${IMAGE}`, () => {
  it('answers /api/health in sandbox mode, and its HEALTHCHECK passes', async () => {
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ mode: 'sandbox' });
    const check = run('podman', ['healthcheck', 'run', NAME]);
    expect(check.status, `podman healthcheck run:\n${check.stdout}${check.stderr}\n${logs(NAME)}`).toBe(0);
  });

  it('runs as a non-root user on a read-only root file system', () => {
    const pid = podman('inspect', '--format', '{{.State.Pid}}', NAME);
    const uids = /^Uid:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]?.split(/\s+/);
    expect(uids, 'the server process runs as root').not.toContain('0');
    expect(podman('inspect', '--format', '{{.HostConfig.ReadonlyRootfs}}', NAME)).toBe('true');
    const write = run('podman', [
      'exec',
      NAME,
      '/usr/local/bin/node',
      '-e',
      "require('fs').writeFileSync('/app/x', '')",
    ]);
    expect(write.stderr).toMatch(/EROFS|EACCES/);
  });

  it('renders the version list with its first row in Chromium', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      // What a user waits for, with room for a busy 2-core machine (the default is 30 s).
      page.setDefaultTimeout(90_000);
      page.setDefaultNavigationTimeout(90_000);
      await page.addInitScript(() => localStorage.setItem('zrc.locale', 'en-US'));
      await page.goto(`${url}/projects/yaml-demo/releases`);
      const firstRow = page.getByRole('table', { name: 'Versions' }).getByRole('row').nth(1);
      await firstRow.getByRole('link').first().waitFor();
      expect(await firstRow.getByRole('link').first().textContent()).toMatch(/\S/);
    } finally {
      await browser.close();
    }
  });

  it('sends a list with its first page rendered into the page (the renderer ships and runs)', async () => {
    const res = await fetch(`${url}/projects/yaml-demo/releases`, {
      headers: { 'Sec-CH-Prefers-Color-Scheme': 'light', 'Accept-Language': 'en-US' },
    });
    const html = await res.text();
    expect(html).toContain('<div id="root"><div inert data-server-render>');
    expect(html).toMatch(/<strong>v1\.\d+\.\d+<\/strong>/);
  });

  it('keeps versions written in sandbox mode across a restart, and stops cleanly within 10 s', async () => {
    const name = `v-image-${process.pid}`;
    const created = await fetch(`${url}/openapi/delivery/releases/k8s`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(k8sVersion(name)),
    });
    expect(created.status, await created.clone().text()).toBe(200);

    // Exit code 0 means the server exited by itself: after the 10 s podman would SIGKILL it (137).
    // The time is SIGTERM to the process's end; podman's own clean-up after that is not the server's.
    const signalled = Date.now();
    const stop = run('podman', ['stop', '--time', '10', NAME]);
    expect(stop.status, stop.stderr).toBe(0);
    const [exit, finished] = podman(
      'inspect',
      '--format',
      '{{.State.ExitCode}} {{.State.FinishedAt.UnixMilli}}',
      NAME,
    ).split(' ');
    expect(exit, `exit code after SIGTERM:\n${logs(NAME)}`).toBe('0');
    const tookMs = Number(finished) - signalled;
    console.log(`SIGTERM to exit: ${tookMs} ms (podman stop: ${stop.ms} ms)`);
    expect(tookMs, 'the server took longer than 10 s to stop').toBeLessThan(10_000);

    podman('start', NAME);
    await waitHealthy(NAME, url);
    const detail = await fetch(
      `${url}/openapi/delivery/releases/detail?projectKey=yaml-demo&versionName=${name}`,
    );
    expect(detail.status, `${name} is gone after the restart:\n${logs(NAME)}`).toBe(200);
    expect(await detail.json()).toMatchObject({ version: name });
  });

  it('reads the README variables from the environment: proxy mode on another port, with a server token', async () => {
    const proxy = `${NAME}-proxy`;
    const port = await freePort();
    try {
      podman(
        ...['run', '--detach', '--name', proxy, '--read-only', '--publish', `127.0.0.1:${port}:9090`],
        ...[
          '--env',
          'PORT=9090',
          '--env',
          'ZADIG_URL=http://zadig.invalid:25000',
          '--env',
          'ZADIG_TOKEN=t0ken',
        ],
        ...['--env', 'ZADIG_TIMEOUT_MS=2000', '--env', 'ALLOWED_HOSTS=console.example.com', IMAGE],
      );
      await waitHealthy(proxy, `http://localhost:${port}`);
      const health = await (await fetch(`http://localhost:${port}/api/health`)).json();
      expect(health).toMatchObject({ mode: 'proxy', zadigHost: 'zadig.invalid:25000', serverToken: true });
      const named = await fetch(`http://localhost:${port}/api/health`, {
        headers: { host: 'console.example.com' },
      });
      expect(named.status, 'ALLOWED_HOSTS').toBe(200);
      expect(podman('exec', proxy, '/usr/local/bin/node', '-p', 'process.env.PORT')).toBe('9090');
    } finally {
      removeQuietly(proxy, `${proxy}-none`);
    }
  });
});
