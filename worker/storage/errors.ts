/** KV refused a read or write. Routes answer 503 with a retry hint (onError does it for any route that does not). */
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
