/** A project of versions behind an `IndexReader` that counts its reads (tests only). */
import type { ReleaseSummary } from '../../../api/model';
import type { IndexReader } from './refresh';

export function summary(n: number, status = 'success'): ReleaseSummary {
  return {
    id: `id-${n}`,
    name: `v${n}`,
    type: 'K8SYaml',
    source: 'manual',
    status,
    labels: [],
    description: '',
    createdBy: 'ci',
    createdAt: n * 1000,
  };
}

export class FakeProject {
  /** Oldest first. */
  versions: ReleaseSummary[];
  pages: number[] = [];
  follows: string[] = [];
  private next: number;

  constructor(count: number) {
    this.versions = Array.from({ length: count }, (_, i) => summary(i + 1));
    this.next = count + 1;
  }

  add(status = 'creating'): ReleaseSummary {
    const v = summary(this.next++, status);
    this.versions.push(v);
    return v;
  }

  remove(id: string): void {
    this.versions = this.versions.filter((v) => v.id !== id);
  }

  set(id: string, status: string): void {
    this.versions = this.versions.map((v) => (v.id === id ? { ...v, status } : v));
  }

  /** Newest first, as the server lists them. */
  newestFirst(): ReleaseSummary[] {
    return [...this.versions].reverse();
  }

  reader(): IndexReader {
    return {
      page: async (page) => {
        this.pages.push(page);
        const all = this.newestFirst();
        return { items: all.slice((page - 1) * 100, page * 100), total: all.length };
      },
      follow: async (version) => {
        this.follows.push(version.id);
        const found = this.versions.find((v) => v.id === version.id);
        return found ? { status: found.status } : 'gone';
      },
    };
  }
}
