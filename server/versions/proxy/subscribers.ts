/** Who listens to one project's changes: each event to each of them, a progress only when it moved. */
import type { IndexProgress, VersionEvent } from '../source';

export class Subscribers {
  private readonly listeners = new Set<(event: VersionEvent) => void>();
  private lastProgress = '';

  get size(): number {
    return this.listeners.size;
  }

  add(listener: (event: VersionEvent) => void): void {
    this.listeners.add(listener);
  }

  delete(listener: (event: VersionEvent) => void): void {
    this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
  }

  progress(progress: IndexProgress): void {
    const text = JSON.stringify(progress);
    if (text === this.lastProgress) return;
    this.lastProgress = text;
    this.tell({ type: 'progress', progress });
  }

  tell(event: VersionEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // one subscriber's failure (a connection gone) is not the others'
      }
    }
  }
}
