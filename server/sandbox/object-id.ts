/** Zadig-looking ids for sandbox versions. */
import { randomBytes } from 'node:crypto';

/**
 * Mongo-style ObjectIds (24 hex digits: creation time, a random tag per generator, a counter), as Zadig
 * ids look. Ids of one generator made in the same second grow in the order they were made. Each
 * generator keeps its own counter (a store has one), so there is no process-wide state to reset.
 */
export class ObjectIds {
  private counter = randomBytes(3).readUIntBE(0, 3);
  private readonly tag = randomBytes(5).toString('hex');

  next(timeSeconds = Math.floor(Date.now() / 1000)): string {
    this.counter = (this.counter + 1) % 0xffffff;
    return (
      Math.max(0, Math.floor(timeSeconds)).toString(16).padStart(8, '0').slice(-8) +
      this.tag +
      this.counter.toString(16).padStart(6, '0')
    );
  }
}
