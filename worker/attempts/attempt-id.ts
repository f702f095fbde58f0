import { randomBase64url } from '../random.ts';

/** A fresh attempt id: 16 random bytes (128 bits) as 22 URL-safe base64 characters. Runs on server and client. */
export const newAttemptId = () => randomBase64url(16);
