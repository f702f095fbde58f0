import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingKv, describeKvCounts } from '../../../../worker/storage/counting-kv.ts';

describe('countingKv', () => {
  it('counts every KV operation by method and passes results through', async () => {
    const { kv, counts } = countingKv(env.KV);
    await kv.put('count:a', '1', { metadata: { n: 1 } });
    expect(await kv.get('count:a')).toBe('1');
    expect((await kv.getWithMetadata('count:a')).metadata).toEqual({ n: 1 });
    expect((await kv.list({ prefix: 'count:' })).keys.map((key) => key.name)).toEqual(['count:a']);
    await kv.delete('count:a');
    expect(await kv.get('count:a')).toBeNull();
    expect(counts).toEqual({ get: 2, getWithMetadata: 1, list: 1, put: 1, delete: 1 });
    expect(describeKvCounts(counts)).toBe('2 get, 1 getWithMetadata, 1 list, 1 put, 1 delete');
  });

  it('says "none" for a request that did not touch KV', () => {
    expect(describeKvCounts(countingKv(env.KV).counts)).toBe('none');
  });
});
