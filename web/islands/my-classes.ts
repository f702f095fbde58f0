// "My classes on this device": the assignments this browser created or opened, kept in its
// localStorage only (never sent to the server), so a teacher without an account finds a class
// again. Clearing the browser's data forgets them; the list says so.

/** One class as the browser remembers it. */
export interface RememberedClass {
  id: string;
  title: string;
  /** Epoch ms. */
  createdAt: number;
  code: string;
  /**
   * The dashboard's clean path. It opens with the secret this browser holds in the dashboard's
   * cookie: the secret itself is never copied here (the page shows it once, to bookmark).
   */
  dashboard: string;
}

const STORAGE_KEY = 'crosscheck:my-classes';
/** Enough for years of classes; the oldest go first beyond it. */
const MAX_CLASSES = 200;

function isRemembered(value: unknown): value is RememberedClass {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.id === 'string' &&
    typeof c.title === 'string' &&
    typeof c.createdAt === 'number' &&
    typeof c.code === 'string' &&
    typeof c.dashboard === 'string' &&
    /^\/teach\/[a-z0-9]+$/.test(c.dashboard)
  );
}

/** The remembered classes, newest first; none when storage is disabled or holds something else. */
export function rememberedClasses(): RememberedClass[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? stored.filter(isRemembered) : [];
  } catch {
    return [];
  }
}

/** Adds `entry` (or refreshes it, by id); false when the browser keeps nothing. */
export function rememberClass(entry: RememberedClass): boolean {
  const others = rememberedClasses().filter((c) => c.id !== entry.id);
  const classes = [entry, ...others].sort((a, b) => b.createdAt - a.createdAt).slice(0, MAX_CLASSES);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(classes));
    return true;
  } catch {
    return false;
  }
}
