// Storage helpers for tests: the fixture quiz in place, and a KV whose writes fail.
import { env } from 'cloudflare:workers';
import { launchQuizzesById } from '../../worker/content/site.ts';
import { writeStoredQuiz } from '../../worker/storage/quizzes.ts';
import { fixtureQuiz } from './fixture-quiz.ts';

/** The fixture (every item type) as an open launch quiz, and as a stored quiz for class tests. */
export function storeFixtureQuiz() {
  launchQuizzesById.set(fixtureQuiz.id, fixtureQuiz);
  return writeStoredQuiz(env.KV, fixtureQuiz);
}

export async function allKeys(prefix = ''): Promise<string[]> {
  return (await env.KV.list({ prefix })).keys.map((key) => key.name);
}

/**
 * The real KV, except that writes (puts and deletes) to keys starting with `failWritesTo` throw,
 * and with `failReads` every get and list throws too: KV as it is when it is down.
 */
export function brokenKv({ failWritesTo = '', failReads = false } = {}): KVNamespace {
  const fail = () => Promise.reject(new Error('KV failed (simulated)'));
  return new Proxy(env.KV, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      if (property === 'put' || property === 'delete') {
        return (key: string, ...rest: unknown[]) => (key.startsWith(failWritesTo) ? fail() : value.call(target, key, ...rest));
      }
      if (failReads && (property === 'get' || property === 'list' || property === 'getWithMetadata')) return fail;
      return value.bind(target);
    },
  });
}
