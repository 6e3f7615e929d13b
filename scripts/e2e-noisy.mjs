// The browser specs while another user adds versions every NOISE_MS (800 ms):
// `npm run test:e2e:noisy [-- playwright args]`. A spec that depends on where the shared demo data sits
// (the newest row, the last row of a page, a request count) fails here long before it fails on a busy
// CI machine. Builds nothing: run `npm run build` first, as for test:e2e.
// - NOISE_TARGET=sandbox (default): the sandbox project; a version of yaml-demo is created through the
//   sandbox's API each time, half of them failing.
// - NOISE_TARGET=proxy: the proxy project; a version is added to each demo project of the fake Zadig
//   (e2e/proxy/fake-zadig/control.ts, `/__fake/add`), as another Zadig user would, half of them failed.
import { spawn } from 'node:child_process';

const MS = Number(process.env.NOISE_MS ?? 800);
const TARGET = process.env.NOISE_TARGET === 'proxy' ? 'proxy' : 'sandbox';
const BASE = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? '4180'}`;
const FAKE_ZADIG = `http://127.0.0.1:${process.env.E2E_FAKE_ZADIG_PORT ?? '4193'}`;
const PROJECT = 'yaml-demo';

const playwright = spawn('npx', ['playwright', 'test', `--project=${TARGET}`, ...process.argv.slice(2)], {
  env: {
    ...process.env,
    E2E_PROXY: TARGET === 'proxy' ? '1' : '0',
    E2E_SANDBOX: TARGET === 'sandbox' ? '1' : '0',
  },
  stdio: 'inherit',
});
let running = true;
playwright.on('exit', (code) => {
  running = false;
  console.log(`noise: ${added} versions added`);
  process.exit(code ?? 1);
});

let added = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The registry and an image the sandbox can copy (what the demo environment runs). */
async function demoSource() {
  const res = await fetch(`${BASE}/openapi/environments/dev?projectKey=${PROJECT}`);
  if (!res.ok) throw new Error(`environment: ${res.status}`);
  const env = await res.json();
  return { registryId: env.registry_id, image: env.services[0].containers[0].image };
}

async function addVersion({ registryId, image }) {
  const name = `noise-${Date.now().toString(36)}-${added}`;
  // Every other one names an image nobody published: it fails.
  const source = added % 2 ? image : `harbor.demo.koderover.com/noise/${name}:1.0`;
  const res = await fetch(`${BASE}/openapi/delivery/releases/k8s`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      project_key: PROJECT,
      version_name: name,
      source: 'manual',
      desc: 'added by the noisy browser run',
      labels: ['noise'],
      image_registry_id: registryId,
      services: [
        {
          service_name: 'noise',
          yaml_content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: noise\n',
          images: [
            {
              container_name: 'c0',
              image_name: 'noise',
              source_image: source,
              source_image_tag: source.split(':').pop(),
              target_image: `harbor.demo.koderover.com/noise/${name}:v1`,
              target_image_tag: 'v1',
              push_image: true,
            },
          ],
        },
      ],
    }),
  });
  if (!res.ok) throw new Error(`create: ${res.status} ${await res.text()}`);
  added++;
}

/** A version added to each of the fake Zadig's demo projects, as another Zadig user would. */
async function addToFakeZadig() {
  for (const projectKey of ['yaml-demo', 'helm-demo']) {
    const res = await fetch(`${FAKE_ZADIG}/__fake/add`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        projectKey,
        versionName: `noise-${Date.now().toString(36)}-${added}`,
        status: added % 2 ? 'success' : 'failed',
        labels: ['noise'],
      }),
    });
    if (!res.ok) throw new Error(`add: ${res.status} ${await res.text()}`);
    added++;
  }
}

// Until the browser run ends: wait for the server Playwright starts, then add versions at a steady pace.
let source = null;
while (running) {
  try {
    if (TARGET === 'proxy') await addToFakeZadig();
    else await addVersion((source ??= await demoSource()));
  } catch {
    source = null; // not up yet, or restarting
  }
  await sleep(MS);
}
