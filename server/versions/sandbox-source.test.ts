/** The sandbox source's change events: exact, per project, only what committed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/helpers';
import { sandboxSource } from './sandbox-source';
import type { VersionEvent, VersionSource } from './source';
import { addProject, addVersions, VERSIONS } from './test-data';

let server: TestServer;
let source: VersionSource;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
  addProject(server, 'one', [version('kept', 1)]);
  addProject(server, 'two', []);
  source = sandboxSource({ deps: server.sandbox! });
});
afterAll(async () => {
  await source.close();
  await server.destroy();
});

function version(name: string, time: number) {
  return { ...VERSIONS[0]!, name, time };
}

/** Changes are told after the current synchronous work (a transaction has committed or rolled back). */
const told = () => new Promise((r) => setImmediate(r));

/** Events heard by a subscriber to `project` while `act` runs and the changes it made are told. */
async function heard(project: string, act: () => void): Promise<VersionEvent[]> {
  const events: VersionEvent[] = [];
  const stop = source.subscribe(project, (e) => events.push(e));
  act();
  await told();
  stop();
  return events;
}

function rolledBack(act: () => void) {
  expect(() =>
    server.sandbox!.db.transaction(() => {
      act();
      throw new Error('rolled back');
    })(),
  ).toThrow('rolled back');
}

describe('sandboxSource', () => {
  it('tells a subscriber the progress first, then the changes of its own project only', async () => {
    const events = await heard('two', () => {
      addVersions(server, 'one', [version('elsewhere', 2)]);
      addVersions(server, 'two', [version('here', 3)]);
    });
    expect(events.map((e) => e.type)).toEqual(['progress', 'added']);
    expect(events[0]).toEqual({ type: 'progress', progress: { loaded: 0, total: 0, done: true } });
    expect(events[1]).toMatchObject({ type: 'added', version: { name: 'here' } });
  });

  it('tells nothing of a create or a delete whose transaction rolled back', async () => {
    const { store } = server.sandbox!;
    const kept = store.rowByName('one', 'kept')!;
    const events = await heard('one', () => {
      rolledBack(() => addVersions(server, 'one', [version('never', 4)]));
      rolledBack(() => store.delete(kept.id, 'one'));
    });
    expect(events.map((e) => e.type)).toEqual(['progress']);
    expect(store.row(kept.id)).toBeDefined();
  });

  it('keeps telling a later subscriber when an earlier one unsubscribes twice', async () => {
    const stopEarlier = source.subscribe('two', () => {});
    stopEarlier();
    const events: VersionEvent[] = [];
    const stop = source.subscribe('two', (e) => events.push(e));
    stopEarlier();
    addVersions(server, 'two', [version('heard', 6)]);
    await told();
    stop();
    expect(events.map((e) => e.type)).toEqual(['progress', 'added']);
  });

  it('tells every subscriber even when one of them throws', async () => {
    const stopThrowing = source.subscribe('two', (e) => {
      if (e.type !== 'progress') throw new Error('connection gone');
    });
    const events = await heard('two', () => addVersions(server, 'two', [version('still heard', 7)]));
    stopThrowing();
    expect(events.map((e) => e.type)).toEqual(['progress', 'added']);
  });

  it('stops telling a subscriber who unsubscribed', async () => {
    const events: VersionEvent[] = [];
    source.subscribe('two', (e) => events.push(e))();
    addVersions(server, 'two', [version('unheard', 5)]);
    await told();
    expect(events.map((e) => e.type)).toEqual(['progress']);
  });
});
