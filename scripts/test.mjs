// `npm test`: every check CI runs (.ci/run), in an order that keeps both cores busy, with each step's time.
//
//   checks:  typecheck → lint → unit tests            (CPU-bound)
//   image:   app build → server build → image build   (mostly disk and network: Debian packages, npm ci,
//                                                      buildah), beside the checks
//   then:    browser tests (they drive the app built above), then the image checks on the image built
//            above (IMAGE_SKIP_BUILD=1: the image is not built twice).
//
// A step that fails fails `npm test` (exit 1) after the steps already under way have ended; nothing after
// it starts. TEST_STEPS_SERIAL=1 runs the same steps one after another (to time each one alone).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const serial = process.env.TEST_STEPS_SERIAL === '1';
const logDir = join('build', 'test-logs');
mkdirSync(logDir, { recursive: true });
const times = [];

/** Runs one command; `quiet` sends its output to build/test-logs/NAME.log (printed if it fails). */
function step(name, command, args, { quiet = false, env = {} } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}${quiet ? `  (log: ${logDir}/${name}.log)` : ''}`);
  return new Promise((resolve) => {
    const log = quiet ? createWriteStream(join(logDir, `${name}.log`)) : null;
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    if (log) {
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
    }
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const seconds = Math.round((Date.now() - started) / 1000);
      times.push([name, seconds, ok]);
      const finish = () => {
        if (!ok && quiet) process.stdout.write(readFileSync(join(logDir, `${name}.log`), 'utf8'));
        console.log(`${ok ? '✔' : '✘'} ${name}: ${seconds} s${ok ? '' : ` (exit ${code ?? signal})`}`);
        resolve(ok);
      };
      if (log) log.end(finish);
      else finish();
    });
  });
}

/** Runs the steps one after another, stopping at the first that fails. */
async function chain(...steps) {
  for (const s of steps) if (!(await s())) return false;
  return true;
}

const npm = (script, options) => () => step(script, 'npm', ['run', '--silent', script], options);

const checks = () => chain(npm('typecheck'), npm('lint'), npm('test:unit'));
const image = () =>
  chain(npm('build', { quiet: !serial }), npm('build:server', { quiet: !serial }), () =>
    step('image', 'bash', ['scripts/image/build.sh'], { quiet: !serial, env: { IMAGE_APP_BUILT: '1' } }),
  );

/** The browser spec files that took longest (Playwright's JSON report), to know where the time goes. */
function slowestSpecs(count = 12) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(logDir, 'e2e.json'), 'utf8'));
  } catch {
    return;
  }
  const perFile = new Map();
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        for (const r of t.results) perFile.set(file, (perFile.get(file) ?? 0) + r.duration);
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file);
  console.log(`\nbrowser specs, the ${count} slowest files (time in their tests, summed over the workers):`);
  for (const [file, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`  ${String(Math.round(ms / 1000)).padStart(5)} s  ${file}`);
}

const started = Date.now();
const before = serial
  ? (await checks()) && (await image())
  : (await Promise.all([checks(), image()])).every(Boolean);
const ok = before && (await chain(npm('test:e2e'), npm('test:image', { env: { IMAGE_SKIP_BUILD: '1' } })));

if (times.some(([name]) => name === 'test:e2e')) slowestSpecs();
console.log('\nnpm test, time per step:');
for (const [name, seconds, passed] of times)
  console.log(`  ${passed ? '✔' : '✘'} ${name.padEnd(12)} ${seconds} s`);
console.log(
  `  total        ${Math.round((Date.now() - started) / 1000)} s${serial ? '' : ' (the image build beside the checks)'}`,
);
process.exit(ok ? 0 : 1);
