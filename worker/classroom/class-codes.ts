// Allocating a class code: a random one (core/classroom/class-code.ts) that no class uses yet.
import { newClassCode } from '../../core/classroom/class-code.ts';
import { assignmentIdForCode } from '../storage/assignments.ts';

const TRIES = 5;

/** A class code no assignment uses yet (reads only: the creator links it once the assignment exists). */
export async function freeClassCode(kv: KVNamespace): Promise<string> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const code = newClassCode();
    if ((await assignmentIdForCode(kv, code)) === null) return code;
  }
  throw new Error(`No free class code after ${TRIES} tries`);
}
