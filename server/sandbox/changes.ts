/**
 * What changed in the sandbox's versions, told by the store (create, delete, retry) and the worker
 * (a version ends). Listeners hear of a change after the current synchronous work (a transaction that
 * made it has committed or rolled back by then), so they read the database as it stands.
 */
import { EventEmitter } from 'node:events';

export interface ReleaseChange {
  kind: 'added' | 'changed' | 'removed';
  projectKey: string;
  id: string;
  name: string;
}

export class ReleaseChanges {
  private readonly emitter = new EventEmitter<{ change: [ReleaseChange] }>();

  constructor() {
    // one listener per subscribed source, not per browser; no leak warning for many sources in tests
    this.emitter.setMaxListeners(0);
  }

  private told = 0;

  /** Changes told so far, counted at once (before listeners hear of them): a cache's key. */
  get count(): number {
    return this.told;
  }

  notify(change: ReleaseChange): void {
    this.told += 1;
    queueMicrotask(() => this.emitter.emit('change', change));
  }

  /** Calls `listener` for each change until the returned function is called. */
  listen(listener: (change: ReleaseChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
