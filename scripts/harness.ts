/**
 * What the scripts that measure or picture the app share: scratch folders and child servers that are
 * cleaned up however the script ends, a server started and awaited, one way to end a script, and the
 * README's tables between markers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class Scratch {
  private readonly dirs: string[] = [];
  private readonly children: ChildProcess[] = [];

  constructor(private readonly prefix: string) {
    process.once('SIGINT', () => {
      this.cleanup();
      process.exit(130);
    });
  }

  /** A new empty folder, removed at cleanup. */
  dir(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), `zrc-${this.prefix}-${name}-`));
    this.dirs.push(dir);
    return dir;
  }

  /** Runs a TypeScript entry point of this repository (`server/main.ts`, …) with `env` added. */
  run(entry: string, env: Record<string, string>, options: { withoutToken?: boolean } = {}): ChildProcess {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (options.withoutToken) delete childEnv.ZADIG_TOKEN;
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: childEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.children.push(child);
    return child;
  }

  /** The console's server on 127.0.0.1:`port`, once it answers its health check. */
  async startConsole(port: number, env: Record<string, string>): Promise<string> {
    const base = `http://127.0.0.1:${port}`;
    this.run('server/main.ts', { PORT: String(port), HOST: '127.0.0.1', ...env });
    await waitForOk(`${base}/api/health`);
    return base;
  }

  cleanup(): void {
    for (const child of this.children) if (child.exitCode === null) child.kill('SIGTERM');
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until `url` answers 2xx (a server starting). */
export async function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Runs a script's main function, cleans up, and exits 0 or (after printing the error) 1. */
export function runScript(main: () => Promise<void>, scratch?: Scratch): void {
  main()
    .then(() => {
      scratch?.cleanup();
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      scratch?.cleanup();
      process.exit(1);
    });
}

/**
 * The README holds the latest table between `<!-- name:start -->` and `<!-- name:end -->`; a run
 * replaces what stands there (`gap`: the line breaks around the table).
 */
export function writeReadmeTable(name: string, table: string, gap = '\n', file = 'README.md'): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const readme = readFileSync(file, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.warn(`${file} has no ${start} … ${end} markers; the table was not written there.`);
    return;
  }
  writeFileSync(file, `${readme.slice(0, from + start.length)}${gap}${table}${gap}${readme.slice(to)}`);
}
