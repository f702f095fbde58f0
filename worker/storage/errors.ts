import * as v from 'valibot';

/** KV refused a read or write, or gave back a value that cannot be read. Routes answer 503 with a retry hint (onError does it for any route that does not). */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super('Storage is unavailable', { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** Runs a KV operation, turning its failure into StorageUnavailableError. */
export async function kvCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw new StorageUnavailableError(error);
  }
}

/**
 * A stored value checked against its schema. A value off its schema (a partial write, a format
 * from another version) is a storage fault like an outage: a 503 with a retry hint, never a 500.
 */
export function parseStored<S extends v.GenericSchema>(schema: S, stored: unknown, what: string): v.InferOutput<S> {
  const parsed = v.safeParse(schema, stored);
  if (!parsed.success) throw new StorageUnavailableError(new Error(`Stored ${what} does not match its schema: ${v.summarize(parsed.issues)}`));
  return parsed.output;
}
