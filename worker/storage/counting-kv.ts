// KV with a tally: wraps a namespace and counts every operation it is asked for, so a response
// can say what it cost (Server-Timing) and tests and the bench can assert it.

/** Operations counted, by KV method. */
export interface KvCounts {
  get: number;
  getWithMetadata: number;
  list: number;
  put: number;
  delete: number;
}

const COUNTED = ['get', 'getWithMetadata', 'list', 'put', 'delete'] as const;

/** `kv` as it is, but each call of a KV method adds one to `counts`. */
export function countingKv(kv: KVNamespace): { kv: KVNamespace; counts: KvCounts } {
  const counts: KvCounts = { get: 0, getWithMetadata: 0, list: 0, put: 0, delete: 0 };
  const counted = new Proxy(kv, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      const method = COUNTED.find((name) => name === property);
      if (!method) return value.bind(target);
      return (...args: unknown[]) => {
        counts[method]++;
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { kv: counted, counts };
}

/** "2 get, 1 list" — the non-zero counts, as Server-Timing describes them. */
export function describeKvCounts(counts: KvCounts): string {
  const parts = COUNTED.filter((name) => counts[name] > 0).map((name) => `${counts[name]} ${name}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
