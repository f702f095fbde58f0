// Every test starts with empty KV: state never leaks from one test into the next.
import { reset } from 'cloudflare:test';
import { afterEach } from 'vitest';

afterEach(() => reset());
