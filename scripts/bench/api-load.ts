/**
 * API load: `clients` concurrent keep-alive clients on loopback, each sending its next request as soon
 * as the previous answer is read, until `maxRequests` or `maxMs`. Reports requests per second and
 * p50/p99 latency.
 */
import http from 'node:http';
import { percentile } from './stats';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

function get(agent: http.Agent, port: number, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

export async function load(
  port: number,
  nextPath: (i: number) => string,
  { clients = 50, maxRequests = 20_000, maxMs = 8_000 } = {},
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  async function client() {
    while (issued < maxRequests && performance.now() < deadline) {
      const i = issued++;
      const t0 = performance.now();
      try {
        const { status } = await get(agent, port, nextPath(i));
        if (status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
