// KV helpers for tests: the fixture quiz in place, and a KV whose writes fail.
import { env } from 'cloudflare:workers';
import { writeStoredQuiz } from '../../worker/storage/quizzes.ts';
import { fixtureQuiz } from './fixture-quiz.ts';

export const storeFixtureQuiz = () => writeStoredQuiz(env.KV, fixtureQuiz);

export async function allKeys(prefix = ''): Promise<string[]> {
  return (await env.KV.list({ prefix })).keys.map((key) => key.name);
}

/** The real KV for reads and lists, but every put and delete throws (as KV does when it is down). */
export function kvWithFailingWrites(): KVNamespace {
  return new Proxy(env.KV, {
    get(target, property) {
      if (property === 'put' || property === 'delete') return () => Promise.reject(new Error('KV write failed (simulated)'));
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
