// CPU time of one thread (a request inside local workerd, or Node's main thread), read from
// Linux's per-thread scheduler counters (/proc/<pid>/task/<tid>/schedstat, nanoseconds). The Workers CPU limit counts the time the
// isolate's thread spends on a request; the thread whose counter grew most during the request is
// that thread, so JIT and GC helper threads and a busy machine's waiting time are left out.
// Where /proc is missing (macOS, Windows) callers fall back to wall time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** True when per-thread CPU counters can be read (Linux). */
export const threadCpuAvailable = existsSync('/proc/self/task');

/** The workerd processes started below this Node process (Miniflare's runtime). */
export function workerdPids(): number[] {
  const parent = new Map<number, number>();
  const name = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      name.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parent.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // the process ended while we read the table
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...name].filter(([pid, comm]) => comm.startsWith('workerd') && mine(pid)).map(([pid]) => pid);
}

/** CPU nanoseconds so far of every thread of `pid`, by thread id. */
export function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(tid, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** Milliseconds of CPU this process's main thread has used (its scheduler counter, in ns). */
export function mainThreadCpuMs(): number {
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/** Milliseconds of CPU the busiest thread spent between two readings. */
export function busiestThreadMs(before: Map<string, number>, after: Map<string, number>): number {
  let most = 0;
  for (const [tid, ns] of after) most = Math.max(most, ns - (before.get(tid) ?? 0));
  return most / 1e6;
}
