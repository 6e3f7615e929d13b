/**
 * `npm run bench:api`: the list endpoint over real HTTP on a 100,000-version project.
 * Starts the server on port 0 with a temporary DATA_DIR, inserts the versions (each with a service
 * and an image, as real ones have), then times page 1, page 1,000 and the last page (size 20).
 * Target: under 20 ms each. Prints a table; exits non-zero when a median misses the target.
 */
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../server/app';
import { ObjectIds } from '../server/sandbox/object-id';

const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const PAGE_SIZE = 20;
const TARGET_MS = 20;

const dataDir = mkdtempSync(join(tmpdir(), 'zrc-bench-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  staticDir: join(dataDir, 'no-static'),
  pushMs: 1500,
  log: () => {},
});

try {
  const db = server.sandbox!.db;
  const t0 = performance.now();
  db.prepare(
    "INSERT INTO projects (project_key, project_name, deploy_type) VALUES ('bench', 'Bench', 'k8s')",
  ).run();
  const release =
    db.prepare(`INSERT INTO releases (id, project_key, version_name, type, source, status, labels,
    description, image_registry_id, created_by, created_time) VALUES (?, 'bench', ?, 'K8SYaml', 'from_env', ?, ?, ?, 'r1', 'bench', ?)`);
  const service = db.prepare(`INSERT INTO release_services (release_id, position, service_name, yaml_content)
    VALUES (?, 0, 'svc', 'kind: Deployment')`);
  const image =
    db.prepare(`INSERT INTO release_images (release_id, service_position, position, container_name, image_name,
    source_image, source_image_tag, target_image, target_image_tag, push_image, status)
    VALUES (?, 0, 0, 'svc', 'svc', 'r.io/a/svc:1', '1', ?, ?, 1, 'passed')`);
  const start = Math.floor(Date.now() / 1000) - VERSIONS * 60;
  const ids = new ObjectIds();
  db.transaction(() => {
    for (let i = 0; i < VERSIONS; i++) {
      const time = start + i * 60 + (i % 7 === 0 ? 0 : 1); // some equal timestamps to exercise the tie-break
      const id = ids.next(time);
      release.run(id, `v${i}`, i % 10 === 0 ? 'failed' : 'success', '["bench"]', `version ${i}`, time);
      service.run(id);
      image.run(id, `r.io/a/svc:v${i}`, `v${i}`);
    }
  })();
  const seeded = performance.now() - t0;

  async function time(page: number) {
    const url = `${server.url}/openapi/delivery/releases?projectKey=bench&pageNum=${page}&pageSize=${PAGE_SIZE}`;
    const samples: number[] = [];
    let body: { list: Array<{ version_name: string }>; total: number } | null = null;
    for (let i = 0; i < RUNS + 5; i++) {
      const s = performance.now();
      const res = await fetch(url);
      body = (await res.json()) as typeof body;
      const ms = performance.now() - s;
      if (i >= 5) samples.push(ms); // first runs warm up caches and the connection
    }
    samples.sort((a, b) => a - b);
    const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
    return {
      page,
      body: body!,
      min: samples[0]!,
      median: q(0.5),
      p95: q(0.95),
      max: samples[samples.length - 1]!,
    };
  }

  const lastPage = Math.ceil(VERSIONS / PAGE_SIZE);
  const rows = [await time(1), await time(1000), await time(Math.ceil(lastPage / 2)), await time(lastPage)];
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(
    `\nList endpoint, ${VERSIONS.toLocaleString('en')} versions, pageSize ${PAGE_SIZE}, ${RUNS} runs each over HTTP`,
  );
  console.log(
    `(inserted in ${(seeded / 1000).toFixed(1)} s; machine: ${(await import('node:os')).cpus().length} CPUs, Node ${process.version})\n`,
  );
  console.log('| page   | items | first version |   min ms | median ms |   p95 ms |   max ms | < 20 ms |');
  console.log('|--------|-------|---------------|----------|-----------|----------|----------|---------|');
  let ok = true;
  for (const r of rows) {
    const pass = r.median < TARGET_MS;
    ok &&= pass;
    console.log(
      `| ${String(r.page).padEnd(6)} | ${String(r.body.list.length).padStart(5)} | ${(r.body.list[0]?.version_name ?? '-').padEnd(13)} |${fmt(r.min)}  |${fmt(r.median)}   |${fmt(r.p95)}  |${fmt(r.max)}  | ${pass ? 'yes' : 'NO '}     |`,
    );
    if (r.body.total !== VERSIONS) throw new Error(`total ${r.body.total} ≠ ${VERSIONS}`);
  }
  const p1000 = rows[1]!.body.list[0]!.version_name;
  if (p1000 !== `v${VERSIONS - 1 - 999 * PAGE_SIZE}`) throw new Error(`page 1000 starts at ${p1000}`);
  console.log('');
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
